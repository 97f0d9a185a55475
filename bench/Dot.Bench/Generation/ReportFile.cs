using System.Net.Http.Headers;

namespace Dot.Bench.Generation;

/// <summary>A generated report written to a file: posted as a stream, so no report is ever held whole in memory.</summary>
internal sealed record ReportFile(ReportPlan Plan, string Path, long Length) : IUploadableReport
{
    public HttpContent CreateContent()
    {
        var content = new StreamContent(new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true), 1 << 16);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        content.Headers.ContentLength = Length;
        return content;
    }
}
