namespace Dot.Domain.Intake;

/// <summary>What brought files to the intake.</summary>
public enum IntakeSourceKind
{
    /// <summary>A CI job pushing with an upload token.</summary>
    UploadToken,

    /// <summary>A connector pulling from another system.</summary>
    ConnectorRun,
}
