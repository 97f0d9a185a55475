namespace Dot.Domain.Intake;

/// <summary>
/// What one intake may take: bytes of all files together, files (a zip archive counts as one here), and the limits on
/// archives. The host fills it from its configuration.
/// </summary>
public sealed record IntakeLimits(long MaxBytes, int MaxFiles, ArchiveLimits Archives);
