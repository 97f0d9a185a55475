using Dot.Portal;

var app = PortalApplication.Create(args);
app.Run();

/// <summary>The portal host; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
