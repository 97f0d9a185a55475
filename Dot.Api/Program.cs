using Dot.Api;

var app = DotApiApplication.Create(args);
app.Run();

/// <summary>The API host; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
