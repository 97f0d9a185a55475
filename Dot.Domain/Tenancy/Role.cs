namespace Dot.Domain.Tenancy;

/// <summary>What a caller may do inside its tenant: owners manage, members read.</summary>
public enum Role
{
    Member,
    Owner,
}
