namespace Dot.Tests.Api.GraphQL.Analytics;

/// <summary>
/// The fixed reports of the seeded dashboard data: four nightly runs of a web shop (JUnit XML, 3 to 6 March 2025, the
/// checkout suite at 09:00 UTC and the search suite at 14:00), a retried job in the last run, and two runs of a mobile
/// app (xUnit.net v2). What each test does across the web runs (P passed, F failed, E errored, S skipped):
/// <code>
/// checkout  pays_by_card     P P P P        search  finds_by_name     P P P P  (1.5 s to 4.5 s: the slowest)
///           applies_coupon   P F P P  flip          ranks_results     E P E P  flip in run 3
///           ships_abroad     F F P F                filters_by_order  P F P F  flip in run 2
///           refunds          P P P~P  flagged by a surefire re-run in run 3
///           cancels_order    P P P F→P  failed, then passed on a retry of run 4 (flagged at ingest)
///           legacy_export    S S S S
/// </code>
/// Failure messages vary in numbers, hex addresses, GUIDs, times and paths, so they group by fingerprint.
/// </summary>
public static class DashboardReports
{
    public static byte[] Web(int run) => Bytes(run switch
    {
        1 => WebRun(1, coupon: Pass(0.200), abroad: Fail(3.012, "Timeout after 3012 ms waiting for /var/tmp/run-1/shipping.lock"), refunds: Pass(0.300),
            cancels: Pass(0.250), finds: 1.5, ranks: Error(0.300, "NullReferenceException at 0x7ffe12ab34cd in src/Search/Ranker.cs:line 88"), filters: Pass(0.050)),
        2 => WebRun(2, coupon: Fail(0.210, "expected total 42.50 but was 40.00"), abroad: Fail(2.987, "Timeout after 2987 ms waiting for /var/tmp/run-2/shipping.lock"), refunds: Pass(0.310),
            cancels: Pass(0.260), finds: 2.5, ranks: Pass(0.310), filters: Fail(0.060, "Order 3f2504e0-4f89-11d3-9a0c-0305e82c3301 not found at 2025-03-04T14:00:01Z")),
        3 => WebRun(3, coupon: Pass(0.190), abroad: Pass(0.500), refunds: FlakyPass(0.320, "connection reset by 10.0.0.12"),
            cancels: Pass(0.240), finds: 3.5, ranks: Error(0.400, "NullReferenceException at 0x7ffe99ff0011 in src/Search/Ranker.cs:line 91"), filters: Pass(0.055)),
        _ => WebRun(4, coupon: Pass(0.205), abroad: Fail(3.100, "Timeout after 3100 ms waiting for /var/tmp/run-4/shipping.lock"), refunds: Pass(0.300),
            cancels: Fail(0.270, "Order 9b2d5a3e-1c4f-4e8a-b7d6-2f0e8c9a1b3d not found at 2025-03-06T09:00:03Z"), finds: 4.5, ranks: Pass(0.300),
            filters: Fail(0.065, "Order 7c9e6679-7425-40de-944b-e07fc1f90ae7 not found at 2025-03-06T14:00:02Z")),
    });

    /// <summary>The retry of run 4's failed checkout test, half an hour later.</summary>
    public static byte[] WebRun4Retry() => Bytes("""
        <testsuites>
          <testsuite name="checkout" timestamp="2025-03-06T09:30:00Z">
            <testcase classname="shop.CheckoutTests" name="cancels_order" time="0.280"/>
          </testsuite>
        </testsuites>
        """);

    public static byte[] Mobile(int run) => Bytes($"""
        <assemblies>
          <assembly name="Mobile.Tests.dll" run-date="2025-03-0{run + 4}" run-time="08:00:00" total="3" passed="2" failed="1" skipped="0" time="1.5">
            <collection name="Login" total="3" passed="2" failed="1" skipped="0" time="1.5">
              <test name="Mobile.LoginTests.Accepts_valid_user" type="Mobile.LoginTests" method="Accepts_valid_user" time="0.400" result="Pass"/>
              <test name="Mobile.LoginTests.Rejects_bad_password" type="Mobile.LoginTests" method="Rejects_bad_password" time="0.350" result="Pass"/>
              <test name="Mobile.LoginTests.Refreshes_token" type="Mobile.LoginTests" method="Refreshes_token" time="0.{run}00" result="Fail">
                <failure exception-type="Xunit.Sdk.EqualException">
                  <message>Assert.Equal() Failure: Expected 200, Actual {500 + run}</message>
                  <stack-trace>at Mobile.LoginTests.Refreshes_token()</stack-trace>
                </failure>
              </test>
            </collection>
          </assembly>
        </assemblies>
        """);

    /// <summary>Another tenant's report, whose names and messages must never show up in Acme's answers.</summary>
    public static byte[] Globex() => Bytes("""
        <testsuite name="globex-secret" timestamp="2025-03-04T10:00:00Z">
          <testcase classname="globex.SecretTests" name="globex_only_test" time="9.000"><failure message="Globex secret failure 7"/></testcase>
          <testcase classname="globex.SecretTests" name="globex_only_test" time="9.000"/>
        </testsuite>
        """);

    private static string WebRun(int run, string coupon, string abroad, string refunds, string cancels, double finds, string ranks, string filters) => $"""
        <testsuites>
          <testsuite name="checkout" timestamp="2025-03-0{run + 2}T09:00:00Z">
            <testcase classname="shop.CheckoutTests" name="pays_by_card" time="0.1{run}0"/>
            <testcase classname="shop.CheckoutTests" name="applies_coupon" {coupon}
            <testcase classname="shop.CheckoutTests" name="ships_abroad" {abroad}
            <testcase classname="shop.CheckoutTests" name="refunds" {refunds}
            <testcase classname="shop.CheckoutTests" name="cancels_order" {cancels}
            <testcase classname="shop.CheckoutTests" name="legacy_export"><skipped message="export is retired"/></testcase>
          </testsuite>
          <testsuite name="search" timestamp="2025-03-0{run + 2}T14:00:00Z">
            <testcase classname="shop.SearchTests" name="finds_by_name" time="{finds:0.0}"/>
            <testcase classname="shop.SearchTests" name="ranks_results" {ranks}
            <testcase classname="shop.SearchTests" name="filters_by_order" {filters}
          </testsuite>
        </testsuites>
        """;

    private static string Pass(double seconds) => $"time=\"{seconds:0.000}\"/>";

    private static string Fail(double seconds, string message) => $"time=\"{seconds:0.000}\"><failure message=\"{message}\" type=\"AssertionError\"/></testcase>";

    private static string Error(double seconds, string message) => $"time=\"{seconds:0.000}\"><error message=\"{message}\" type=\"NullReferenceException\"/></testcase>";

    private static string FlakyPass(double seconds, string message) => $"time=\"{seconds:0.000}\"><flakyFailure message=\"{message}\" type=\"IOException\"/></testcase>";

    private static byte[] Bytes(string xml) => System.Text.Encoding.UTF8.GetBytes(xml);
}
