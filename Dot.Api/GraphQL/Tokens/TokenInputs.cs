using Dot.Api.GraphQL.Audit;
using GraphQL.Types;

namespace Dot.Api.GraphQL.Tokens;

/// <summary>The input fields token mutations share.</summary>
public static class TokenInputs
{
    /// <summary>Adds <c>name</c> and <c>expiresAt</c>, the fields every create-token input has.</summary>
    public static void AddNameAndExpiry<TInput>(this InputObjectGraphType<TInput> input, string usedBy)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Field<NonNullGraphType<StringGraphType>>("name").Description($"1 to 100 characters, e.g. {usedBy}.");
        input.Field<DateTimeGraphType>("expiresAt").Description("When the token stops working; default and maximum one year ahead.");
    }
}

public sealed record RevokeTokenInput(string Id) : IAuditTarget
{
    public string? AuditTargetId => Id;
}

/// <summary>The input of a revoke-token mutation: the token's id.</summary>
public abstract class RevokeTokenInputType : InputObjectGraphType<RevokeTokenInput>
{
    protected RevokeTokenInputType(string name)
    {
        Name = name;
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
