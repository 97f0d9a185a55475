using Dot.Api.UploadTokens;
using Dot.Domain.Identifiers;
using Dot.Domain.Uploads;
using Microsoft.Extensions.Options;

namespace Dot.Api.Uploads;

/// <summary><c>POST /api/v1/uploads</c> and <c>GET /api/v1/uploads/{id}</c>, authenticated by an upload token.</summary>
public static class UploadEndpoints
{
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
        UploadReceiver receiver,
        IUploadStore uploads,
        IRawStore raw,
        PendingUploads queue,
        UploadCompletion completion,
        TimeProvider clock,
        IOptions<UploadOptions> options)
    {
        var (token, failure) = await UploadTokenAuthentication.AuthenticateAsync(http, tokens);
        if (token is null)
        {
            return failure!;
        }
        var (parameters, rejection) = UploadParameters.Read(http.Request, options.Value.MaxWaitSeconds);
        if (rejection is not null)
        {
            return UploadResults.Problem(rejection.Status, rejection.Message);
        }

        var uploadId = OpaqueId.New(Upload.IdPrefix);
        var (received, refused) = await receiver.ReceiveAsync(http.Request, token.TenantId, token.DatasetId, uploadId, parameters!.Format, http.RequestAborted);
        if (refused is not null)
        {
            return UploadResults.Problem(refused.Status, refused.Message);
        }

        var candidate = new Upload(
            uploadId, token.TenantId, token.DatasetId, token.Id, UploadStatus.Queued, received!.Files,
            parameters.RunKey, parameters.Environment, parameters.IdempotencyKey, received.ContentSha256, clock.GetUtcNow());
        var (upload, created) = await uploads.CreateOrGetExistingAsync(candidate, http.RequestAborted);
        if (created)
        {
            queue.Enqueue(new UploadWorkItem(upload.TenantId, upload.Id));
        }
        else
        {
            await raw.DeleteUploadAsync(token.TenantId, token.DatasetId, uploadId, CancellationToken.None);
        }

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
}
