using System.Security.Cryptography;
using System.Text;

namespace Dot.Storage.Aws.OpenSearch.Documents;

/// <summary>
/// One keyword naming a test (suite, class, name; a missing suite or class differs from an empty one): the first 128
/// bits of a SHA-256, so that runs, supersession and flaky histories group on one short field.
/// </summary>
public static class TestKeys
{
    public static string Of(string? suite, string? className, string name)
    {
        var text = new StringBuilder();
        foreach (var part in (string?[])[suite, className, name])
        {
            text.Append(part is null ? "-" : $"{part.Length}:{part}").Append('|');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 16));
    }
}
