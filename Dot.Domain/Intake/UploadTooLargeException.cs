namespace Dot.Domain.Intake;

/// <summary>Thrown while reading a request body that goes over <see cref="IntakeLimits.MaxBytes"/>.</summary>
public sealed class UploadTooLargeException(long limit)
    : Exception($"The upload is larger than the limit of {limit} bytes.")
{
    public long Limit { get; } = limit;
}
