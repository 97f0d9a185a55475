using Dot.Api.RateLimiting;
using Dot.Api.UploadTokens;
using Dot.Domain.Intake;
using Dot.Domain.Uploads;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Dot.Api.Uploads;

/// <summary>
/// <c>POST /api/v1/uploads</c> and <c>GET /api/v1/uploads/{id}</c>, authenticated by an upload token. The POST
/// translates the request for the <see cref="UploadIntake"/> and its answer back to HTTP, and waits when asked to.
/// </summary>
public static class UploadEndpoints
{
    private const long MultipartOverhead = 1024 * 1024;

    public static WebApplication MapDotUploads(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/uploads").AllowAnonymous();
        group.MapPost("/", PostAsync);
        group.MapGet("/{id}", GetAsync);
        return app;
    }

    private static async Task<IResult> PostAsync(
        HttpContext http,
        UploadTokenService tokens,
        UploadIntake intake,
        IUploadStore uploads,
        UploadCompletion completion,
        DotRateLimiters limiters,
        IOptions<UploadOptions> options)
    {
        var (token, failure) = await UploadTokenAuthentication.AuthenticateAsync(http, tokens);
        if (token is null)
        {
            return failure!;
        }
        // Before the body is read: a refused request costs no more than its headers.
        var decision = limiters.Uploads.TryAcquire(token.Id, token.TenantId, cost: 1);
        if (!decision.Allowed)
        {
            decision.AddRetryAfter(http.Response);
            return UploadResults.Problem(StatusCodes.Status429TooManyRequests, decision.Message);
        }
        var (parameters, problem) = UploadParameters.Read(http.Request, options.Value.MaxWaitSeconds);
        if (problem is not null)
        {
            return UploadResults.Problem(StatusCodes.Status400BadRequest, problem.Message);
        }

        var maxBytes = options.Value.MaxBytes;
        AllowBodyUpTo(http, maxBytes + MultipartOverhead);
        if (http.Request.ContentLength > maxBytes + MultipartOverhead)
        {
            return Refused(IntakeRefusal.TooLarge(maxBytes));
        }
        var (files, refusal) = RequestFiles.Of(http.Request, options.Value.Archives.MaxCompressionRatio, maxBytes + MultipartOverhead);
        if (refusal is not null)
        {
            return Refused(refusal);
        }
        IntakeOutcome outcome;
        try
        {
            outcome = await intake.TakeAsync(
                token.TenantId, token.DatasetId, IntakeSource.UploadToken(token.Id),
                new IntakeOptions(parameters!.Format, parameters.RunKey, parameters.Environment, parameters.IdempotencyKey),
                files!, http.RequestAborted);
        }
        catch (Exception exception) when (RequestFiles.RefusalFor(exception, maxBytes) is { } readFailure)
        {
            return Refused(readFailure);
        }
        if (outcome.Refusal is not null)
        {
            return Refused(outcome.Refusal);
        }

        var upload = outcome.Upload!;
        if (parameters.WaitSeconds > 0)
        {
            await completion.WaitAsync(
                upload.Id,
                async () => (await uploads.FindAsync(upload.TenantId, upload.Id, http.RequestAborted))?.IsFinished == true,
                TimeSpan.FromSeconds(parameters.WaitSeconds),
                http.RequestAborted);
            upload = await uploads.FindAsync(upload.TenantId, upload.Id, http.RequestAborted) ?? upload;
        }
        return UploadResults.Of(upload, http.Request, waited: parameters.WaitSeconds > 0);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, UploadTokenService tokens, IUploadStore uploads)
    {
        var (token, failure) = await UploadTokenAuthentication.AuthenticateAsync(http, tokens);
        if (token is null)
        {
            return failure!;
        }
        var upload = await uploads.FindAsync(token.TenantId, id, http.RequestAborted);
        return upload is null || upload.DatasetId != token.DatasetId
            ? UploadResults.Problem(StatusCodes.Status404NotFound, $"No upload with id '{id}' in this token's dataset.")
            : UploadResults.Of(upload, http.Request, waited: upload.IsFinished);
    }

    private static IResult Refused(IntakeRefusal refusal) =>
        UploadResults.Problem(IntakeRefusalStatus.Of(refusal.Reason), refusal.Message);

    private static void AllowBodyUpTo(HttpContext context, long bytes)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = bytes;
        }
    }
}
