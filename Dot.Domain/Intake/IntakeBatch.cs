using System.Security.Cryptography;
using Dot.Domain.Reports;
using Dot.Domain.Uploads;

namespace Dot.Domain.Intake;

/// <summary>The files of one intake as they arrive: their raw keys, the hash and byte budget they share, what they hold.</summary>
internal sealed class IntakeBatch(string tenantId, string datasetId, string uploadId, long maxBytes) : IDisposable
{
    public IncrementalHash Hash { get; } = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public List<UploadFile> Files { get; } = [];

    public int RawCount { get; private set; }

    public UploadBudget Budget { get; } = new(maxBytes);

    public RawFileKey NextRawKey() => new(tenantId, datasetId, uploadId, RawCount++);

    /// <summary>Why the files, each accepted, cannot make one upload together; null when they can.</summary>
    public IntakeRefusal? Refusal()
    {
        if (Files.Count == 0)
        {
            return new IntakeRefusal(IntakeRefusalReason.Empty, "The upload holds no report: send the file as the body, or as a multipart file part.");
        }
        return Files.Select(f => f.Format.YieldsWorkItems()).Distinct().Count() > 1
            ? new IntakeRefusal(IntakeRefusalReason.MixedContent, "An upload holds test reports or tracker exports, not both: send them as separate uploads.")
            : null;
    }

    public string ContentSha256() => Convert.ToHexStringLower(Hash.GetHashAndReset());

    public void Dispose() => Hash.Dispose();
}
