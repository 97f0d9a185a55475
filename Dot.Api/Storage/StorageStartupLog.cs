using Microsoft.Extensions.Options;

namespace Dot.Api.Storage;

public static partial class StorageStartupLog
{
    /// <summary>Says at start-up where the embedded stores keep their data.</summary>
    public static WebApplication LogStorageLocation(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (options.Mode == StorageMode.Embedded)
        {
            EmbeddedStorage(app.Logger, options.Embedded.FullPath);
        }
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded storage: all data lives in {Path}")]
    private static partial void EmbeddedStorage(ILogger logger, string path);
}
