using System.Net;
using Dot.Api.Connectors.Http;

namespace Dot.Tests.Api.Connectors;

public sealed class GuardedConnectionTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("10.1.2.3")]
    [InlineData("172.20.0.1")]
    [InlineData("192.168.1.1")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::1")]
    [InlineData("fd00::1")]
    [InlineData("fe80::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void PrivateLoopbackAndLinkLocalAddresses_AreNotPublic(string address) =>
        Assert.False(PublicAddresses.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("104.192.141.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:4700::1111")]
    public void InternetAddresses_ArePublic(string address) =>
        Assert.True(PublicAddresses.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("localhost")]
    public async Task AConnectionToAPrivateAddress_IsRefusedBeforeConnecting(string host)
    {
        var refused = await Assert.ThrowsAsync<PrivateAddressException>(
            async () => await GuardedConnections.ConnectAsync(new DnsEndPoint(host, 443), allowPrivateAddresses: false, CancellationToken.None));

        Assert.Contains(host, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AJiraConnectorOnALoopbackHost_FailsItsRun_WhenPrivateAddressesAreNotAllowed()
    {
        using var jira = new JiraStub().Myself();
        using var handler = GuardedConnections.CreateHandler(allowPrivateAddresses: false);
        using var client = new HttpClient(handler);

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri(jira.BaseUrl + "rest/api/3/myself")));

        Assert.IsType<PrivateAddressException>(failure.InnerException);
        Assert.Empty(jira.Server.LogEntries);
    }
}
