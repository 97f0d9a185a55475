using Dot.Api.Audit;
using Dot.Api.Auth;
using Dot.Api.Connectors;
using Dot.Api.GraphQL;
using Dot.Api.Health;
using Dot.Api.Http;
using Dot.Api.RateLimiting;
using Dot.Api.ReadTokens;
using Dot.Api.Retention;
using Dot.Api.Storage;
using Dot.Api.Telemetry;
using Dot.Api.Uploads;
using Dot.Api.UploadTokens;
using Dot.DevIdentity;
using Dot.ServiceDefaults;

namespace Dot.Api;

/// <summary>
/// The API host: one line per area it adds and per endpoint group it maps. <c>Program</c> runs it; the benchmark
/// harness runs the same application with an endpoint of its own added.
/// </summary>
public static class DotApiApplication
{
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.AddServiceDefaults();
        builder.AddDotTelemetry();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddDotStorage();
        builder.AddDotAudit();
        builder.AddDotAuthentication();
        builder.AddDotRateLimits();
        builder.AddDotUploadTokens();
        builder.AddDotReadTokens();
        builder.AddDotUploads();
        builder.AddDotConnectors();
        builder.AddDotDevIdentity();
        builder.AddDotGraphQL();
        builder.AddDotHealth();
        builder.AddDotRetention();

        var app = builder.Build();

        app.LogStorageLocation();
        app.UseDotGenericErrors();
        app.UseDotTransportSecurity();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapDevIdentity();
        app.MapDotGraphQL();
        app.MapDotUploads();
        app.MapDotHealth();
        return app;
    }
}
