using Dot.Domain.Tokens;

namespace Dot.Domain.Tenancy;

/// <summary>
/// The authenticated party of a request, resolved from its credentials: every store call is scoped by
/// <see cref="TenantId"/>. A read token may narrow it further to one dataset (<see cref="RestrictedToDataset"/>) and to
/// Public data (<see cref="DataScope"/>); a signed-in member or owner reads every dataset and every class of data.
/// </summary>
public sealed record Caller(
    string Subject,
    string TenantId,
    Role Role,
    string? RestrictedToDataset = null,
    DataScope DataScope = DataScope.Restricted)
{
    /// <summary>What the subject names: a user, a client, or a token by its id.</summary>
    public CallerKind Kind { get; init; } = CallerKind.User;

    public bool IsOwner => Role == Role.Owner;

    /// <summary>Whether the caller may read <paramref name="datasetId"/>, given that it belongs to the caller's tenant.</summary>
    public bool MayRead(string datasetId) => RestrictedToDataset is null || RestrictedToDataset == datasetId;
}
