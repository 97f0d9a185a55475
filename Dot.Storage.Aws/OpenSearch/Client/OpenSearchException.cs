using System.Net;

namespace Dot.Storage.Aws.OpenSearch.Client;

/// <summary>
/// OpenSearch refused or failed a request: its status and error type, and OpenSearch's reason (which names indexes
/// and fields, never document contents). <see cref="Unavailable"/> when it is worth retrying later (429, 5xx).
/// </summary>
public sealed class OpenSearchException : Exception
{
    public OpenSearchException()
    {
    }

    public OpenSearchException(string message)
        : base(message)
    {
    }

    public OpenSearchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public OpenSearchException(HttpStatusCode status, string? type, string message)
        : base(message)
    {
        Status = status;
        ErrorType = type;
    }

    public HttpStatusCode? Status { get; }

    public string? ErrorType { get; }

    public bool Unavailable => Status is { } status && (status == HttpStatusCode.TooManyRequests || (int)status >= 500);
}
