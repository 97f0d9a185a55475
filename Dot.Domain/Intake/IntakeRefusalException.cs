namespace Dot.Domain.Intake;

/// <summary>Content the intake refuses, found while a stream of it is being read (a corrupt or bombing gzip stream).</summary>
public sealed class IntakeRefusalException(IntakeRefusal refusal) : Exception(refusal.Message)
{
    public IntakeRefusal Refusal { get; } = refusal;
}
