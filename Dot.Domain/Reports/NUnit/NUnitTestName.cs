namespace Dot.Domain.Reports.NUnit;

/// <summary>
/// NUnit 2 names a test-case by its full name and has no class attribute: "Ns.Fixture.Method(9,11)". The class is
/// everything before the last dot outside brackets and quotes, so parameterized and generic fixtures keep their
/// arguments ("Ns.Generic&lt;Double&gt;(11.5d).Test1" is class "Ns.Generic&lt;Double&gt;(11.5d)", test "Test1") and
/// dots in arguments do not split ("Ns.C.M(1.5,\"a.b\")" is class "Ns.C", test "M(1.5,\"a.b\")").
/// Splitting keeps tests distinct, since class + "." + test gives the full name back.
/// </summary>
internal static class NUnitTestName
{
    /// <summary>Where the class part of a full name ends (the index of the splitting dot), or -1 when it has none.</summary>
    public static int ClassLength(ReadOnlySpan<char> fullName)
    {
        var depth = 0;
        var split = -1;
        var quoted = false;
        for (var i = 0; i < fullName.Length; i++)
        {
            var c = fullName[i];
            if (quoted)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is '(' or '<' or '[')
            {
                depth++;
            }
            else if (c is ')' or '>' or ']')
            {
                depth = Math.Max(depth - 1, 0);
            }
            else if (c == '.' && depth == 0)
            {
                split = i;
            }
        }

        return split > 0 && split < fullName.Length - 1 ? split : -1;
    }
}
