namespace Dot.Portal.Api;

/// <summary>Dot.Api refused the session's access token (401): the user signs in again.</summary>
public sealed class ApiSessionExpiredException : Exception
{
    public ApiSessionExpiredException()
    {
    }

    public ApiSessionExpiredException(string message)
        : base(message)
    {
    }

    public ApiSessionExpiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
