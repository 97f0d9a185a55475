using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Dot.Portal.Tests.Support;

/// <summary>What a CI job and a dashboard do with the tokens the portal shows: plain HTTP to the API.</summary>
public static class Reports
{
    /// <summary>Two passing tests and one failing one, timed now.</summary>
    public const string JUnit =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites>
          <testsuite name="checkout" tests="3" failures="1">
            <testcase classname="checkout.Cart" name="adds an item" time="0.120"/>
            <testcase classname="checkout.Cart" name="removes an item" time="0.080"/>
            <testcase classname="checkout.Payment" name="refuses an expired card" time="1.500">
              <failure message="expected 402 but was 500">stack</failure>
            </testcase>
          </testsuite>
        </testsuites>
        """;

    /// <summary>A report cut off in its third line: the upload fails with the file, line and column.</summary>
    public const string Malformed =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites>
          <testsuite name="broken" tests="1"><testcase name="x">
        """;

    public const string JiraSeverityField = "customfield_10050";

    /// <summary>A Jira search export: an open blocker created three days ago and a minor one resolved yesterday.</summary>
    public static string JiraExport(DateTimeOffset now) =>
        $$$"""
        {"startAt": 0, "maxResults": 50, "total": 2, "issues": [
          {"id": "1", "key": "WEB-1", "fields": {"issuetype": {"name": "Bug"}, "summary": "Checkout fails",
            "status": {"name": "Open", "statusCategory": {"key": "new"}}, "{{{JiraSeverityField}}}": {"value": "S1 - Blocker"},
            "created": "{{{JiraTime(now.AddDays(-3))}}}", "resolutiondate": null}},
          {"id": "2", "key": "WEB-2", "fields": {"issuetype": {"name": "Bug"}, "summary": "Typo on the receipt",
            "status": {"name": "Done", "statusCategory": {"key": "done"}}, "{{{JiraSeverityField}}}": {"value": "S3 - Minor"},
            "created": "{{{JiraTime(now.AddDays(-10))}}}", "resolutiondate": "{{{JiraTime(now.AddDays(-1))}}}"}}
        ]}
        """;

    public static async Task<(HttpStatusCode Status, string Body)> UploadAsync(Uri api, string token, string report, string? run = null)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(api, "/api/v1/uploads?wait=30" + (run is null ? string.Empty : "&run=" + run)))
        {
            Content = new StringContent(report, Encoding.UTF8, "application/xml"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string JiraTime(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture);

    public static async Task<(HttpStatusCode Status, string Body)> ReadDatasetsAsync(Uri api, string readToken)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(api, "/graphql"))
        {
            Content = new StringContent("""{"query":"{ datasets { id name } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", readToken);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
