namespace Dot.Api.Uploads;

/// <summary>
/// Reading the request body failed on the client's side (cut off, reset, too slow, too large): the upload is
/// refused with a client status, unlike a failure of the server's own storage.
/// </summary>
public sealed class RequestBodyException(IOException inner) : IOException(inner?.Message, inner)
{
    /// <summary>The status the server itself gave the failure (408, 413), or 400 when it gave none.</summary>
    public int StatusCode => InnerException is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
}
