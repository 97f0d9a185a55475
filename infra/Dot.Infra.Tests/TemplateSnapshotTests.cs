using Snapshooter;
using Snapshooter.Xunit;

namespace Dot.Infra.Tests;

/// <summary>
/// Each dev stack's whole template, kept in <c>__snapshots__</c>: any change to the infrastructure shows in review as a
/// diff of CloudFormation. Accept an intended change with <c>DOT_UPDATE_SNAPSHOTS=1</c> or by deleting the snapshot.
/// </summary>
[Collection(SynthesisFixture.Name)]
public sealed class TemplateSnapshotTests(SynthesizedStages stages)
{
    [Theory]
    [InlineData("Network")]
    [InlineData("Data")]
    [InlineData("Compute")]
    [InlineData("Protection")]
    [InlineData("Operations")]
    public void TheTemplate_IsTheReviewedOne(string stack)
    {
        Snapshot.Match(stages.Dev.Json[stack].GetRawText(), SnapshotNameExtension.Create(stack));
    }
}
