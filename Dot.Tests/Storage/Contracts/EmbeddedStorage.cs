using Dot.Storage.Embedded;
using Dot.Storage.Embedded.Sqlite;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.Contracts;

/// <summary>The embedded adapters' settings and configuration database over one test class's folder.</summary>
internal static class EmbeddedStorage
{
    public static IOptions<EmbeddedStorageOptions> In(TempFolder folder) =>
        Options.Create(new EmbeddedStorageOptions { Path = folder.Path });

    public static SqliteDatabase Database(TempFolder folder) => new(In(folder));
}
