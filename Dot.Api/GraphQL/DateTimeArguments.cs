using GraphQL;

namespace Dot.Api.GraphQL;

/// <summary>
/// Date-time arguments as instants: a value without an offset is read as UTC, and one outside
/// [<see cref="Earliest"/>, <see cref="Latest"/>) is <c>INVALID_INPUT</c>, so that no window, bucket or age computed
/// from it can run past the calendar's ends.
/// </summary>
public static class DateTimeArguments
{
    public static readonly DateTimeOffset Earliest = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Latest = new(3000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The argument <paramref name="name"/> as an instant, null when it was not given.</summary>
    public static DateTimeOffset? GetInstant(this IResolveFieldContext context, string name) =>
        AsUtc(context.GetArgument<DateTime?>(name), name);

    /// <summary><paramref name="value"/>, given as <paramref name="name"/>, as an instant, or <c>INVALID_INPUT</c> out of range.</summary>
    public static DateTimeOffset? AsUtc(DateTime? value, string name)
    {
        if (value is not { } time)
        {
            return null;
        }
        var instant = new DateTimeOffset(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime());
        return instant >= Earliest && instant < Latest
            ? instant
            : throw ResolveContextExtensions.InvalidInput($"'{name}' must be at or after {Earliest:yyyy-MM-ddTHH:mm:ssZ} and before {Latest:yyyy-MM-ddTHH:mm:ssZ}.");
    }
}
