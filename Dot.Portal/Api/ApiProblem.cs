namespace Dot.Portal.Api;

/// <summary>The first error of a GraphQL answer: its <c>extensions.code</c> and message.</summary>
public sealed record ApiProblem(string Code, string Message)
{
    public const string AccessDenied = "ACCESS_DENIED";
    public const string InvalidInput = "INVALID_INPUT";
    public const string NotFound = "NOT_FOUND";

    public bool IsAccessDenied => Code == AccessDenied;

    public bool IsNotFound => Code == NotFound;

    public bool IsInvalidInput => Code == InvalidInput;
}
