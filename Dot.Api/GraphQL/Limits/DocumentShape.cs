using GraphQLParser.AST;

namespace Dot.Api.GraphQL.Limits;

/// <summary>
/// How large a parsed document is: its <see cref="Fields"/> as written, and the fields and fragment spreads its
/// operations come to once every spread is expanded. The expanded totals are computed without expanding: each
/// fragment's total is worked out once and reused for every spread of it, so the work is linear in the document even
/// when each fragment spreads the previous one twice. Totals saturate at <see cref="long.MaxValue"/>.
/// </summary>
public sealed record DocumentShape(long Fields, long ExpandedFields, long ExpandedSpreads)
{
    public static DocumentShape Of(GraphQLDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fragments = new Dictionary<string, OwnSelections>(StringComparer.Ordinal);
        var operations = new List<OwnSelections>();
        long fields = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLOperationDefinition operation)
            {
                operations.Add(OwnSelections.Of(operation.SelectionSet));
                fields = Add(fields, operations[^1].Fields);
            }
            else if (definition is GraphQLFragmentDefinition fragment)
            {
                var own = OwnSelections.Of(fragment.SelectionSet);
                fields = Add(fields, own.Fields);
                fragments.TryAdd(fragment.FragmentName.Name.StringValue, own); // a second one of the name is a validation error
            }
        }

        var totals = new FragmentTotals(fragments);
        long expandedFields = 0, expandedSpreads = 0;
        foreach (var operation in operations)
        {
            var (operationFields, operationSpreads) = totals.Expand(operation);
            expandedFields = Add(expandedFields, operationFields);
            expandedSpreads = Add(expandedSpreads, operationSpreads);
        }
        return new DocumentShape(fields, expandedFields, expandedSpreads);
    }

    internal static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    /// <summary>The fields of a selection set at every depth (inline fragments included) and the names it spreads, once per spread.</summary>
    private sealed record OwnSelections(long Fields, IReadOnlyList<string> Spreads)
    {
        public static OwnSelections Of(GraphQLSelectionSet root)
        {
            long fields = 0;
            var spreads = new List<string>();
            var pending = new Stack<GraphQLSelectionSet>([root]);
            while (pending.TryPop(out var set))
            {
                foreach (var selection in set.Selections)
                {
                    switch (selection)
                    {
                        case GraphQLField field:
                            fields++;
                            if (field.SelectionSet is { } children)
                            {
                                pending.Push(children);
                            }
                            break;
                        case GraphQLInlineFragment inline:
                            pending.Push(inline.SelectionSet);
                            break;
                        case GraphQLFragmentSpread spread:
                            spreads.Add(spread.FragmentName.Name.StringValue);
                            break;
                    }
                }
            }
            return new OwnSelections(fields, spreads);
        }
    }

    /// <summary>
    /// Each fragment's expanded fields and spreads, memoized, found depth first with a stack of its own (a chain of
    /// thousands of fragments must not overflow the thread's). A spread of an unknown fragment, or of one already on
    /// the path (a cycle), counts as a spread that adds nothing: validation refuses both.
    /// </summary>
    private sealed class FragmentTotals(Dictionary<string, OwnSelections> fragments)
    {
        private readonly Dictionary<string, (long Fields, long Spreads)> _totals = new(StringComparer.Ordinal);
        private readonly HashSet<string> _onPath = new(StringComparer.Ordinal);

        public (long Fields, long Spreads) Expand(OwnSelections root)
        {
            var stack = new Stack<Frame>([new Frame(null, root)]);
            while (true)
            {
                var frame = stack.Peek();
                if (frame.Next < frame.Own.Spreads.Count)
                {
                    var name = frame.Own.Spreads[frame.Next++];
                    frame.Spreads = Add(frame.Spreads, 1);
                    if (_totals.TryGetValue(name, out var known))
                    {
                        frame.Include(known);
                    }
                    else if (fragments.TryGetValue(name, out var own) && _onPath.Add(name))
                    {
                        stack.Push(new Frame(name, own));
                    }
                    continue;
                }
                stack.Pop();
                if (frame.Name is null)
                {
                    return (frame.Fields, frame.Spreads);
                }
                _onPath.Remove(frame.Name);
                _totals[frame.Name] = (frame.Fields, frame.Spreads);
                stack.Peek().Include((frame.Fields, frame.Spreads));
            }
        }

        private sealed class Frame(string? name, OwnSelections own)
        {
            public string? Name { get; } = name;
            public OwnSelections Own { get; } = own;
            public int Next { get; set; }
            public long Fields { get; private set; } = own.Fields;
            public long Spreads { get; set; }

            public void Include((long Fields, long Spreads) total)
            {
                Fields = Add(Fields, total.Fields);
                Spreads = Add(Spreads, total.Spreads);
            }
        }
    }
}
