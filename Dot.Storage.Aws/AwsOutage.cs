using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;
using Dot.Domain.IO;

namespace Dot.Storage.Aws;

/// <summary>
/// Tells a failure that means "a store is unavailable for now" from any other, so that a request which met it gets a
/// 503 to retry instead of a 500: AWS throttling or a 5xx after the SDK's own retries, or no connection at all.
/// Request handling reaches no other network service, so a connection failure there is a store's.
/// </summary>
public static class AwsOutage
{
    private static readonly string[] ThrottlingCodes =
        ["ThrottlingException", "ProvisionedThroughputExceededException", "RequestLimitExceeded", "SlowDown", "Throttling", "TooManyRequestsException"];

    public static bool Caused(Exception? failure) =>
        ExceptionChain.Any(failure, current =>
            current is HttpRequestException or SocketException
            || (current is AmazonServiceException service
                && ((int)service.StatusCode >= 500 || service.StatusCode == HttpStatusCode.TooManyRequests || ThrottlingCodes.Contains(service.ErrorCode, StringComparer.Ordinal))));
}
