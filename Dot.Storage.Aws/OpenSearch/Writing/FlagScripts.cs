namespace Dot.Storage.Aws.OpenSearch.Writing;

/// <summary>The updates of results' flags, as Painless scripts that set one field.</summary>
internal static class FlagScripts
{
    public static readonly Client.Script Superseded = new("ctx._source.superseded = true");

    public static readonly Client.Script Flaky = new("ctx._source.flaky = true");
}
