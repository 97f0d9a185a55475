using System.Net;
using Dot.Tests.Support;

namespace Dot.Tests.Api.Uploads;

/// <summary>An upload accepted but not processed before the API stopped is processed after the next start.</summary>
public sealed class UploadRestartTests
{
    [Fact]
    public async Task QueuedUpload_IsProcessedAfterRestart()
    {
        var dataPath = DotApiFactory.CreateDataPath();
        string uploadToken, uploadId;
        using (var stopped = new DotApiFactory { DataPath = dataPath, DeleteDataOnDispose = false, Settings = { ["Uploads:RunWorker"] = "false" } })
        {
            var scenario = await TenantScenario.CreateAsync(stopped);
            var accepted = await new UploadClient(stopped.CreateClient(), scenario.UploadToken).PostAsync(JUnitReports.Make(5, failed: 1), query: "?wait=1");
            Assert.Equal(HttpStatusCode.Accepted, accepted.Status);
            Assert.Equal("QUEUED", accepted.Json.GetProperty("status").GetString());
            (uploadToken, uploadId) = (scenario.UploadToken, accepted.Id);
        }

        using var restarted = new DotApiFactory { DataPath = dataPath, DeleteDataOnDispose = true };
        var uploads = new UploadClient(restarted.CreateClient(), uploadToken);
        var answer = await uploads.GetFinishedAsync(uploadId, TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(6, answer.Count("tests"));
        Assert.Equal(1, answer.Count("failed"));
    }
}
