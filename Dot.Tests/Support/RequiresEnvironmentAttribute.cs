namespace Dot.Tests.Support;

/// <summary>
/// The tests of this class need a service named by <see cref="Variable"/> (for instance a live OpenSearch): without
/// the variable, each is reported skipped with <see cref="Reason"/> (<see cref="EnvironmentTestFramework"/>), never passed.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresEnvironmentAttribute(string variable, string reason) : Attribute
{
    public string Variable { get; } = variable;

    public string Reason { get; } = reason;
}

/// <summary>
/// A test this class inherits from a contract suite is reported skipped with <see cref="Reason"/>: the adapter
/// deliberately does not do what it checks (the reason names the decision that says why).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class SkipsContractTestAttribute(string method, string reason) : Attribute
{
    public string Method { get; } = method;

    public string Reason { get; } = reason;
}
