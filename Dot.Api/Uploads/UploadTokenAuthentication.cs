using Dot.Api.UploadTokens;
using Dot.Domain.Tokens;
using Microsoft.Net.Http.Headers;

namespace Dot.Api.Uploads;

/// <summary>Reads the upload token from <c>Authorization: Bearer</c> and answers 401 with the reason when it fails.</summary>
public static class UploadTokenAuthentication
{
    public static async Task<(UploadToken? Token, IResult? Failure)> AuthenticateAsync(HttpContext http, UploadTokenService tokens)
    {
        var header = http.Request.Headers.Authorization.ToString();
        var secret = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        var check = await tokens.AuthenticateAsync(secret, http.RequestAborted);
        if (check.Token is not null)
        {
            return (check.Token, null);
        }
        http.Response.Headers[HeaderNames.WWWAuthenticate] = $"Bearer error=\"invalid_token\", error_description=\"{check.Failure}\"";
        return (null, UploadResults.Problem(StatusCodes.Status401Unauthorized, check.Failure!));
    }
}
