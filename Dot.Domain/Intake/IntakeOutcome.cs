using Dot.Domain.Uploads;

namespace Dot.Domain.Intake;

/// <summary>
/// What the intake made of a set of files: the upload record (<see cref="Created"/> false when an earlier upload with
/// the same idempotency key or content was returned instead), or the refusal.
/// </summary>
public sealed record IntakeOutcome(Upload? Upload, bool Created, IntakeRefusal? Refusal)
{
    public static IntakeOutcome Refused(IntakeRefusal refusal) => new(null, false, refusal);
}
