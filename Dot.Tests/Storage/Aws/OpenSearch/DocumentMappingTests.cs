using System.Text.Json;
using Dot.Domain.Results;
using Dot.Domain.Reviews;
using Dot.Domain.WorkItems;
using Dot.Storage.Aws.OpenSearch;
using Dot.Storage.Aws.OpenSearch.Client;
using Dot.Storage.Aws.OpenSearch.Documents;

namespace Dot.Tests.Storage.Aws.OpenSearch;

/// <summary>
/// The indexes' mappings are strict (a document with a field they do not name is refused), so every field a document
/// is written with must be mapped, and every mapped field written by some document; and a document reads back as it was.
/// </summary>
public sealed class DocumentMappingTests
{
    private static readonly DateTimeOffset Noon = SampleDocuments.Noon;

    public static TheoryData<DocumentKind> Kinds => new(Enum.GetValues<DocumentKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EveryFieldWritten_IsMapped_AndEveryMappedFieldIsWritten(DocumentKind kind)
    {
        var template = await AppliedTemplateAsync(kind);
        using var written = JsonDocument.Parse(JsonSerializer.Serialize(FullDocument(kind), FullDocument(kind).GetType(), OpenSearchJson.Options));

        Assert.Equal("strict", template.Template.Mappings.Dynamic);
        Assert.Equal(template.Template.Mappings.Properties.Keys.Order(), written.RootElement.EnumerateObject().Select(field => field.Name).Order());
    }

    [Fact]
    public void AResultReadsBackAsItWasWritten_ToTheTick()
    {
        var result = new TestResultDocument("ten_a", "dst_a", "upl_a", "run-1", "ci", "s", "C", "n", TestStatus.Errored, 1.25, "boom", "IOError",
            Noon.AddTicks(1234567).ToOffset(TimeSpan.FromHours(2)), true, Noon.AddTicks(7));

        var read = JsonSerializer.Deserialize<ResultSource>(JsonSerializer.Serialize(ResultSource.Of(result, 4), OpenSearchJson.Options), OpenSearchJson.Options)!.ToHit();

        Assert.Equal((result with { Timestamp = result.Timestamp.ToUniversalTime() }, 4), (read.Document, read.Ordinal));
        Assert.Equal(TimeSpan.Zero, read.Document.Timestamp.Offset);
    }

    /// <summary>The template the store applies for <paramref name="kind"/>, as its request to a stand-in OpenSearch carries it.</summary>
    private static async Task<IndexTemplate> AppliedTemplateAsync(DocumentKind kind)
    {
        using var server = new RecordingOpenSearch();
        using var store = server.Store();
        await store.EnsureIndexesAsync(CancellationToken.None);
        var body = server.Calls.Single(call => call.Path == $"/_index_template/{new TenantIndexes("dot", []).Pooled(kind)}").Body!;
        return body.Deserialize<IndexTemplate>(OpenSearchJson.Options)!;
    }

    private static object FullDocument(DocumentKind kind) => kind switch
    {
        DocumentKind.Results => ResultSource.Of(new TestResultDocument("ten_a", "dst_a", "upl_a", "run-1", "ci", "s", "C", "n", TestStatus.Failed, 1,
            "boom", "IOError", Noon, false, Noon), 0),
        DocumentKind.WorkItems => WorkItemSource.Of(new WorkItemDocument("ten_a", "dst_a", "upl_a", SampleDocuments.Defect, Noon), 0),
        DocumentKind.Reviews => ReviewSource.Of(new ReviewDocument("ten_a", "dst_a", "app-store:1", "r", 5, Noon) { Title = "t", Text = "x", Language = "en", AppVersion = "1" }),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
