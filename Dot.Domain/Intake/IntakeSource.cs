namespace Dot.Domain.Intake;

/// <summary>Who sent the files: an upload token, or one run of a connector. The upload record keeps <see cref="Id"/>.</summary>
public sealed record IntakeSource(IntakeSourceKind Kind, string Id)
{
    public static IntakeSource UploadToken(string tokenId) => new(IntakeSourceKind.UploadToken, tokenId);

    public static IntakeSource ConnectorRun(string runId) => new(IntakeSourceKind.ConnectorRun, runId);
}
