namespace Dot.Domain.Intake;

/// <summary>Why a set of files was refused before anything was kept: the reason and one sentence for the sender.</summary>
public sealed record IntakeRefusal(IntakeRefusalReason Reason, string Message)
{
    public static IntakeRefusal TooLarge(long limit) =>
        new(IntakeRefusalReason.TooLarge, $"The upload is larger than the limit of {limit} bytes.");
}
