// Everything a person needs on one machine: Dot.Api on http://localhost:5080 (with the development identity
// provider and the embedded stores), Dot.Portal on http://localhost:5090 pointed at it, and the Aspire dashboard.
var builder = DistributedApplication.CreateBuilder(args);

// Not proxied: the API's issuer and the portal's redirect URIs name these exact ports. The portal waits for the
// API to be ready: every store answers, the worker runs, the queue moves.
var api = builder.AddProject<Projects.Dot_Api>("api")
    .WithEndpoint("http", endpoint => endpoint.IsProxied = false)
    .WithHttpHealthCheck("/healthz/ready");

builder.AddProject<Projects.Dot_Portal>("portal")
    .WithEndpoint("http", endpoint => endpoint.IsProxied = false)
    .WithEnvironment("Portal__ApiUrl", api.GetEndpoint("http"))
    .WithHttpHealthCheck("/healthz")
    .WaitFor(api);

builder.Build().Run();
