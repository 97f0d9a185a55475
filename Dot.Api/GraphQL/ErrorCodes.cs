namespace Dot.Api.GraphQL;

/// <summary>The stable codes DoT puts in <c>errors[].extensions.code</c>.</summary>
public static class ErrorCodes
{
    public const string AccessDenied = "ACCESS_DENIED";
    public const string InvalidInput = "INVALID_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";
}
