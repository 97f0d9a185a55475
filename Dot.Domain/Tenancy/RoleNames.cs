namespace Dot.Domain.Tenancy;

/// <summary>The role names as they appear in claims, policies and the API.</summary>
public static class RoleNames
{
    public const string Owner = "owner";
    public const string Member = "member";

    public static string Of(Role role) => role == Role.Owner ? Owner : Member;

    public static bool TryParse(string? name, out Role role)
    {
        role = name switch
        {
            Owner => Role.Owner,
            Member => Role.Member,
            _ => (Role)(-1),
        };
        return Enum.IsDefined(role);
    }
}
