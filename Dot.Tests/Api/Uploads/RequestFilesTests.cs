using Dot.Api.Uploads;
using Dot.Domain.Intake;
using Microsoft.AspNetCore.Http;

namespace Dot.Tests.Api.Uploads;

/// <summary>Failures while reading the request body are the client's; failures of the server's own storage are not.</summary>
public sealed class RequestFilesTests
{
    [Theory]
    [InlineData(StatusCodes.Status408RequestTimeout, IntakeRefusalReason.TooSlow, StatusCodes.Status408RequestTimeout)]
    [InlineData(StatusCodes.Status413PayloadTooLarge, IntakeRefusalReason.TooLarge, StatusCodes.Status413PayloadTooLarge)]
    [InlineData(StatusCodes.Status400BadRequest, IntakeRefusalReason.MalformedBody, StatusCodes.Status400BadRequest)]
    public async Task AFailedReadOfTheBody_IsRefusedWithAClientStatus(int serverStatus, IntakeRefusalReason reason, int answered)
    {
        await using var body = new ClientBodyStream(new FailingStream(new BadHttpRequestException("Reading the request body timed out.", serverStatus)));

        var failure = await Assert.ThrowsAsync<RequestBodyException>(() => body.CopyToAsync(Stream.Null));
        var refusal = RequestFiles.RefusalFor(failure, maxBytes: 1000);

        Assert.Equal(reason, refusal?.Reason);
        Assert.Equal(answered, IntakeRefusalStatus.Of(refusal!.Reason));
    }

    [Fact]
    public async Task AConnectionReset_IsRefusedAsACutOffBody()
    {
        await using var body = new ClientBodyStream(new FailingStream(new IOException("Connection reset by peer")));

        var failure = await Assert.ThrowsAsync<RequestBodyException>(() => body.CopyToAsync(Stream.Null));

        Assert.Equal(IntakeRefusalReason.MalformedBody, RequestFiles.RefusalFor(failure, maxBytes: 1000)?.Reason);
    }

    [Fact]
    public void AFailureOfTheServersOwnDisk_IsNoRefusal()
    {
        Assert.Null(RequestFiles.RefusalFor(new IOException("No space left on device"), maxBytes: 1000));
    }

    private sealed class FailingStream(IOException failure) : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw failure;
    }
}
