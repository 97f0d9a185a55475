using Dot.Api.Auth;
using Dot.Api.UploadTokens;
using Dot.Domain.Tokens;
using Microsoft.Net.Http.Headers;

namespace Dot.Api.Uploads;

/// <summary>Reads the upload token from <c>Authorization: Bearer</c> and answers 401 with the reason when it fails.</summary>
public static class UploadTokenAuthentication
{
    public static async Task<(UploadToken? Token, IResult? Failure)> AuthenticateAsync(HttpContext http, UploadTokenService tokens)
    {
        var check = await tokens.AuthenticateAsync(BearerHeader.TokenOf(http.Request), http.RequestAborted);
        if (check.Token is not null)
        {
            return (check.Token, null);
        }
        http.Response.Headers[HeaderNames.WWWAuthenticate] = BearerHeader.InvalidToken(check.Failure!);
        return (null, UploadResults.Problem(StatusCodes.Status401Unauthorized, check.Failure!));
    }
}
