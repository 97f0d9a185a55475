using Dot.Domain.Reports;

namespace Dot.Domain.Uploads;

/// <summary>One report file of an upload: its name as sent, its size and the format it was read as.</summary>
public sealed record UploadFile(string Name, long SizeBytes, ReportFormat Format);
