using Dot.Api;
using Dot.Api.Reprocessing;

if (ReprocessCommand.IsInvoked(args))
{
    return await ReprocessCommand.RunAsync(args, Console.Out);
}
DotApiApplication.Create(args).Run();
return 0;

/// <summary>The API host; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
