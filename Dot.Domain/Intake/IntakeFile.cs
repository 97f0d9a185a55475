namespace Dot.Domain.Intake;

/// <summary>One file offered to the intake: its name (for messages and the upload record) and its content, read once.</summary>
public sealed record IntakeFile(string Name, Stream Content);
