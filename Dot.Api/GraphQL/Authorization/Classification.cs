using Dot.Api.Auth;
using Dot.Domain.Classification;
using GraphQL;
using GraphQL.Builders;

namespace Dot.Api.GraphQL.Authorization;

/// <summary>
/// Declares what class of data (DESIGN section 6) a field returns, in one place for the schema and the check: the
/// description starts with <c>[Public]</c> or <c>[Restricted]</c>, and a Restricted field requires
/// <see cref="DotPolicies.RestrictedData"/>, so a read token of scope PUBLIC gets <c>ACCESS_DENIED</c>.
/// </summary>
public static class Classification
{
    public static FieldBuilder<TSource, TReturn> Classified<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, DataClassification classification, string description)
    {
        ArgumentNullException.ThrowIfNull(field);
        return classification == DataClassification.Public
            ? field.Description("[Public] " + description)
            : field.Description("[Restricted] " + description).AuthorizeWithPolicy(DotPolicies.RestrictedData);
    }
}
