using Dot.Domain.Reports;
using Dot.Domain.Results;

namespace Dot.Domain.Uploads;

/// <summary>
/// One report of an upload: its name as sent, its size, the format it is read as, and where its bytes are (raw file
/// <see cref="RawIndex"/>, or the entry <see cref="ArchiveEntry"/> of the zip archive stored there, at position
/// <see cref="ArchiveEntryIndex"/> of its entry list: an archive may hold two entries of one name).
/// <see cref="Counts"/> is filled in once the upload is processed. Uploads stored before entries had an index have
/// none; their entries are found by name.
/// </summary>
public sealed record UploadFile(
    string Name,
    long SizeBytes,
    ReportFormat Format,
    int RawIndex,
    string? ArchiveEntry = null,
    ReportCounts? Counts = null,
    int? ArchiveEntryIndex = null);
