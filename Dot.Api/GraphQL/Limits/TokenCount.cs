using GraphQLParser;
using GraphQLParser.Exceptions;

namespace Dot.Api.GraphQL.Limits;

/// <summary>Counts a document's lexical tokens without parsing it.</summary>
public static class TokenCount
{
    /// <summary>
    /// The tokens of <paramref name="query"/> (comments left out), counting no further than <paramref name="atMost"/> + 1
    /// and stopping at the first character that is not GraphQL, which the parser then reports with its location.
    /// </summary>
    public static int Of(string query, int atMost)
    {
        var count = 0;
        try
        {
            for (var token = Lexer.Lex(query); token.Kind != TokenKind.EOF && count <= atMost; token = Lexer.Lex(query, token.End))
            {
                if (token.Kind != TokenKind.COMMENT)
                {
                    count++;
                }
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
        }
        return count;
    }
}
