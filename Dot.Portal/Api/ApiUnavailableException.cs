namespace Dot.Portal.Api;

/// <summary>Dot.Api could not be reached or answered with a server error; the portal shows a page that says so.</summary>
public sealed class ApiUnavailableException : Exception
{
    public ApiUnavailableException()
    {
    }

    public ApiUnavailableException(string message)
        : base(message)
    {
    }

    public ApiUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
