using Dot.Domain.IO;
using Dot.Storage.Aws;

namespace Dot.Api.Uploads;

/// <summary>
/// How long the ingest worker waits after a failure that is a store's for now rather than the upload's: a full disk
/// (an operator makes room) or a store that is unavailable (AWS throttling or 5xx, no connection; usually back within
/// seconds). Null for any other failure.
/// </summary>
public static class StoreWait
{
    public static readonly TimeSpan DiskFullPause = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan UnavailablePause = TimeSpan.FromSeconds(5);

    public static TimeSpan? For(Exception? failure) =>
        DiskFull.Caused(failure) ? DiskFullPause : AwsOutage.Caused(failure) ? UnavailablePause : null;
}
