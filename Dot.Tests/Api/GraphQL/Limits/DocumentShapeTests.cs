using System.Text;
using Dot.Api.GraphQL.Limits;
using Dot.Bench.Benchmarks;
using GraphQLParser;

namespace Dot.Tests.Api.GraphQL.Limits;

/// <summary>A document's size once its fragments are expanded, counted without expanding them.</summary>
public sealed class DocumentShapeTests
{
    private static DocumentShape Of(string query) => DocumentShape.Of(Parser.Parse(query));

    [Fact]
    public void FragmentFanOut_ThirtyLevels_ComesToTwoToTheThirtyFields()
    {
        var shape = Of(HostileDocuments.FragmentFanOut(30));

        Assert.Equal(2, shape.Fields);
        Assert.Equal(1 + (1L << 30), shape.ExpandedFields);
        Assert.Equal((1L << 31) - 1, shape.ExpandedSpreads);
    }

    [Fact]
    public void FragmentFanOut_SeventyLevels_Saturates()
    {
        var shape = Of(HostileDocuments.FragmentFanOut(70));

        Assert.Equal(long.MaxValue, shape.ExpandedFields);
        Assert.Equal(long.MaxValue, shape.ExpandedSpreads);
    }

    [Theory]
    [InlineData("{ me { subject tenant { id } ... on Viewer { roles } } }", 5, 5, 0)]
    [InlineData("query A { me { ...F } } query B { me { ...F ...F } } fragment F on Viewer { subject roles } fragment Unused on Viewer { subject }", 5, 8, 3)]
    [InlineData("fragment A on Viewer { subject ...B } fragment B on Viewer { roles ...A ...Nowhere } { me { ...A } }", 3, 3, 4)]
    public void FieldsAtEveryDepth_EveryOperation_CyclesAndUnknownFragments_AreCounted(string query, long fields, long expandedFields, long expandedSpreads)
    {
        Assert.Equal(new DocumentShape(fields, expandedFields, expandedSpreads), Of(query));
    }

    [Fact]
    public void AChainOfTwentyThousandFragments_DoesNotOverflowTheStack()
    {
        var text = new StringBuilder("{ me { ...F20000 } } fragment F0 on Viewer { subject }");
        for (var i = 1; i <= 20_000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $" fragment F{i} on Viewer {{ ...F{i - 1} }}");
        }

        var shape = Of(text.ToString());

        Assert.Equal(20_001, shape.ExpandedSpreads);
        Assert.Equal(2, shape.ExpandedFields);
    }

    [Theory]
    [InlineData("{ me { subject } }", 6)]
    [InlineData("query($d: ID!) { testSummary(datasetId: $d) { total } } # a comment", 20)]
    [InlineData("{ me { subject } } ?", 6)]
    public void TokenCount_CountsTokensButNotComments_UpToTheFirstError(string query, int tokens)
    {
        Assert.Equal(tokens, TokenCount.Of(query, 1000));
    }

    [Fact]
    public void TokenCount_StopsOnePastTheLimit()
    {
        Assert.Equal(11, TokenCount.Of(HostileDocuments.RepeatedField(12_000), 10));
    }
}
