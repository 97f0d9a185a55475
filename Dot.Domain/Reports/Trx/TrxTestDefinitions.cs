namespace Dot.Domain.Reports.Trx;

/// <summary>
/// The test definitions of one report by test id, holding only what results need (<see cref="TrxTestDefinition"/>).
/// Ids are GUIDs in every TRX writer, kept as 16-byte keys (any other id is kept as text); class and assembly names are
/// stored once however many tests share them. So the map costs tens of bytes per test plus its name, never any output.
/// The first definition of an id wins.
/// </summary>
internal sealed class TrxTestDefinitions
{
    private readonly Dictionary<Guid, TrxTestDefinition> _byGuid = [];
    private readonly Dictionary<string, TrxTestDefinition> _byOtherId = new(StringComparer.Ordinal);
    private readonly HashSet<string> _shared = new(StringComparer.Ordinal);

    public int Count => _byGuid.Count + _byOtherId.Count;

    public void Add(string id, string? className, string? name, string? assembly)
    {
        var definition = new TrxTestDefinition(Shared(className), name, Shared(assembly));
        if (Guid.TryParse(id, out var guid))
        {
            _byGuid.TryAdd(guid, definition);
        }
        else
        {
            _byOtherId.TryAdd(id, definition);
        }
    }

    public bool TryGet(string? id, out TrxTestDefinition definition)
    {
        definition = default;
        return id is not null
            && (Guid.TryParse(id, out var guid) ? _byGuid.TryGetValue(guid, out definition) : _byOtherId.TryGetValue(id, out definition));
    }

    private string? Shared(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (_shared.TryGetValue(text, out var existing))
        {
            return existing;
        }

        _shared.Add(text);
        return text;
    }
}
