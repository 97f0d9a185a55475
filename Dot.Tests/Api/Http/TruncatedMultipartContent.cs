using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Dot.Tests.Api.Http;

/// <summary>A multipart/form-data body cut off in the middle of its only part, as a dropped connection leaves it.</summary>
public sealed class TruncatedMultipartContent : HttpContent
{
    private readonly byte[] _report;

    public TruncatedMultipartContent(byte[] report)
    {
        _report = report;
        Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=cut-here");
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            "--cut-here\r\nContent-Disposition: form-data; name=\"report\"; filename=\"TEST-cut.xml\"\r\nContent-Type: application/xml\r\n\r\n"));
        await stream.WriteAsync(_report.AsMemory(0, _report.Length / 2));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
