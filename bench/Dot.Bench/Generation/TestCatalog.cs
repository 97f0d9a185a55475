namespace Dot.Bench.Generation;

/// <summary>One test of the generated project: its name, its typical duration and whether it is flaky or disabled.</summary>
internal sealed record CatalogTest(int Index, string Name, double MedianSeconds, bool Flaky, bool Disabled);

/// <summary>One test class (a JUnit suite) of the generated project.</summary>
internal sealed record CatalogSuite(int Index, string Name, IReadOnlyList<CatalogTest> Tests);

/// <summary>
/// The tests of a made-up Java project: suites of 50 to 5,000 tests (log-uniform, or as a <see cref="CatalogShape"/>
/// says), durations log-normal per test, about 1 % flaky and 1 % disabled. The same seed gives the same catalog.
/// </summary>
internal sealed class TestCatalog
{
    public const int MinSuiteSize = 50;
    public const int MaxSuiteSize = 5000;

    private static readonly string[] Areas = ["billing", "checkout", "search", "catalog", "accounts", "orders", "payments", "inventory", "shipping", "reports", "auth", "notifications"];
    private static readonly string[] Kinds = ["Service", "Controller", "Repository", "Validator", "Mapper", "Client", "Handler", "Policy"];
    private static readonly string[] Verbs = ["returns", "rejects", "creates", "updates", "deletes", "computes", "retries", "parses", "maps", "validates"];
    private static readonly string[] Objects = ["order", "invoice", "customer", "token", "cart", "refund", "price", "address", "report", "session"];
    private static readonly string[] Conditions = ["when_empty", "with_valid_input", "after_timeout", "on_duplicate", "for_new_user", "under_load", "with_unicode_name", "when_service_unavailable"];

    private TestCatalog(ulong seed, IReadOnlyList<CatalogSuite> suites, bool recurringFailures)
    {
        Seed = seed;
        Suites = suites;
        RecurringFailures = recurringFailures;
        TestsPerRun = suites.Sum(s => s.Tests.Count);
    }

    public ulong Seed { get; }

    public IReadOnlyList<CatalogSuite> Suites { get; }

    public int TestsPerRun { get; }

    /// <summary>Whether failures repeat a few causes, so that <c>topFailures</c> has groups to rank.</summary>
    public bool RecurringFailures { get; }

    public static TestCatalog Create(ulong seed, int suiteCount) => Create(seed, CatalogShape.Nightly with { Suites = suiteCount });

    public static TestCatalog Create(ulong seed, CatalogShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (shape.MinSuiteSize < 1 || shape.MaxSuiteSize > MaxSuiteSize || shape.MinSuiteSize > shape.MaxSuiteSize)
        {
            throw new ArgumentOutOfRangeException(nameof(shape), shape, $"Suite sizes must lie within 1 to {MaxSuiteSize}, the smaller first.");
        }
        var suites = new List<CatalogSuite>(shape.Suites);
        for (var s = 0; s < shape.Suites; s++)
        {
            var size = (int)Math.Round(shape.MinSuiteSize * Math.Pow((double)shape.MaxSuiteSize / shape.MinSuiteSize, Determinism.Unit(Determinism.Hash(seed, 1, s))));
            suites.Add(new CatalogSuite(s, SuiteName(seed, s), Enumerable.Range(0, size).Select(t => Test(seed, s, t)).ToList()));
        }
        return new TestCatalog(seed, suites, shape.RecurringFailures);
    }

    private static string SuiteName(ulong seed, int suite)
    {
        var area = Areas[Determinism.Pick(Determinism.Hash(seed, 2, suite), Areas.Length)];
        var kind = Kinds[Determinism.Pick(Determinism.Hash(seed, 3, suite), Kinds.Length)];
        return $"com.acme.{area}.{char.ToUpperInvariant(area[0])}{area[1..]}{kind}{suite}Tests";
    }

    private static CatalogTest Test(ulong seed, int suite, int test)
    {
        var h = Determinism.Hash(seed, 4, suite, test);
        var name = $"{Verbs[Determinism.Pick(h, Verbs.Length)]}_{Objects[Determinism.Pick(h >> 8, Objects.Length)]}_{Conditions[Determinism.Pick(h >> 16, Conditions.Length)]}_{test}";
        // Median around 30 ms with a long tail: a few tests take seconds.
        var median = Math.Exp(Math.Log(0.03) + 1.3 * Determinism.Normal(Determinism.Hash(seed, 5, suite, test)));
        var kind = Determinism.Unit(Determinism.Hash(seed, 6, suite, test));
        return new CatalogTest(test, name, Math.Min(median, 300), Flaky: kind < 0.01, Disabled: kind is >= 0.01 and < 0.02);
    }
}
