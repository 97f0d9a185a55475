namespace Dot.Api.GraphQL;

/// <summary>Date-time arguments as instants: a value without an offset is read as UTC.</summary>
public static class DateTimeArguments
{
    public static DateTimeOffset? AsUtc(DateTime? value) =>
        value is { } time
            ? new DateTimeOffset(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime())
            : null;
}
