using Dot.Api.Auth;
using Dot.Api.Bench;
using Dot.Api.DevIdentity;
using Dot.Api.GraphQL;
using Dot.Api.ReadTokens;
using Dot.Api.Storage;
using Dot.Api.Uploads;
using Dot.Api.UploadTokens;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.AddDotStorage();
builder.AddDotAuthentication();
builder.AddDotUploadTokens();
builder.AddDotReadTokens();
builder.AddDotUploads();
builder.AddDevIdentity();
builder.AddDotGraphQL();

var app = builder.Build();

app.LogStorageLocation();
app.UseAuthentication();
app.UseAuthorization();

app.MapDevIdentity();
app.MapDotGraphQL();
app.MapDotUploads();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" })).AllowAnonymous();
app.MapBenchBareEndpoint();

app.Run();

/// <summary>The API host; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
