namespace Dot.Domain.Tenancy;

/// <summary>What kind of party a caller is; the audit trail names it beside the subject.</summary>
public enum CallerKind
{
    /// <summary>A person signed in at the identity provider.</summary>
    User,

    /// <summary>A program signed in with its own client credentials (its subject is its client id).</summary>
    Client,

    /// <summary>An upload token, by its id.</summary>
    UploadToken,

    /// <summary>A read token, by its id.</summary>
    ReadToken,
}
