using System.Text;
using Dot.Domain.Connectors;
using Dot.Domain.Secrets;

namespace Dot.Api.Connectors;

/// <summary>Answers <c>testConnector</c>: one request with the stored settings and secret, and one sentence on what is wrong, if anything.</summary>
public sealed class ConnectorTester(IConnectorStore connectors, ISecretProtector secrets, IEnumerable<IConnectorFetcher> fetchers)
{
    public async Task<(bool Ok, string Message)?> TestAsync(string tenantId, string connectorId, CancellationToken cancellationToken)
    {
        if (await connectors.FindAsync(tenantId, connectorId, cancellationToken) is not { } connector)
        {
            return null;
        }
        if (await connectors.FindSecretAsync(tenantId, connectorId, cancellationToken) is not { } sealedSecret)
        {
            return (false, "The connector has no secret: set it with setConnectorSecret.");
        }
        try
        {
            var secret = Encoding.UTF8.GetString(await secrets.UnprotectAsync(sealedSecret, connector.SecretContext, cancellationToken));
            await fetchers.For(connector.Kind).TestAsync(connector, secret, cancellationToken);
            return (true, $"Connected: {connector.Kind} accepted the settings and the secret.");
        }
        catch (ConnectorException failure)
        {
            return (false, failure.Message);
        }
    }
}
