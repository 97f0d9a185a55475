using Dot.Portal.Api.Models;

namespace Dot.Portal.Api;

public static class PortalQueries
{
    /// <summary>The header every page shows: who is signed in and the tenant's datasets.</summary>
    public static async Task<PageHeaderData> HeaderAsync(this DotApiClient api, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        return (await api.SendAsync<PageHeaderData>("PageHeader", null, cancellationToken)).Value;
    }

    /// <summary>The dataset <paramref name="id"/> if it is one of the user's tenant, else null (the page answers 404).</summary>
    public static async Task<DatasetView?> DatasetAsync(this DotApiClient api, string id, CancellationToken cancellationToken)
    {
        var header = await api.HeaderAsync(cancellationToken);
        return header.Find(id) is { } dataset ? new DatasetView(header.Me, dataset) : null;
    }
}
