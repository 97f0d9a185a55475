namespace Dot.Domain.Reports.Trx;

/// <summary>What a result needs of its test's definition.</summary>
/// <param name="ClassName">The <c>TestMethod</c>'s class, without its assembly ("Ns.Class, Ns, Version=…" is "Ns.Class").</param>
/// <param name="Name">The test's name, for a result without a <c>testName</c>: the <c>UnitTest</c>'s, else its method's.</param>
/// <param name="Assembly">The file name of the test assembly (<c>storage</c>, without its folders), used as the suite.</param>
internal readonly record struct TrxTestDefinition(string? ClassName, string? Name, string? Assembly);
