namespace Dot.Infra;

/// <summary>
/// <c>-c key=value</c> (or <c>--context key=value</c>) pairs from the command line, as the CDK CLI takes them, for a
/// synthesis run with <c>dotnet run</c>; under the CLI the context arrives by its own channel and args are empty.
/// </summary>
public static class CommandLineContext
{
    public static Dictionary<string, object> Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var context = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is not ("-c" or "--context"))
            {
                throw new ArgumentException($"Unknown argument '{args[i]}': pass context as -c key=value.");
            }
            var pair = i + 1 < args.Count ? args[++i] : "";
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ArgumentException($"Context '{pair}' is not key=value.");
            }
            context[pair[..equals]] = pair[(equals + 1)..];
        }
        return context;
    }
}
