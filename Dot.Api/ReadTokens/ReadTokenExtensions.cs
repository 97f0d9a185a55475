using Dot.Api.Tokens;

namespace Dot.Api.ReadTokens;

public static class ReadTokenExtensions
{
    /// <summary>Read tokens for dashboards: the <c>ReadTokens</c> lifetime section and the service that issues and checks them.</summary>
    public static IHostApplicationBuilder AddDotReadTokens(this IHostApplicationBuilder builder)
    {
        builder.Services.AddTokenService<ReadTokenService, ReadTokenOptions>(ReadTokenOptions.Section);
        return builder;
    }
}
