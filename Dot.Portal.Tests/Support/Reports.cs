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
