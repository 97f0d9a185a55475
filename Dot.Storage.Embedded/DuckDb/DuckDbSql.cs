using System.Text;
using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// SQL text built from fixed fragments, with every value as a numbered parameter: nothing a caller sends ever becomes
/// SQL text. <see cref="Append"/> takes only fragments written in this assembly; <see cref="Value"/> takes the rest.
/// </summary>
internal sealed class DuckDbSql
{
    private readonly StringBuilder _text = new();
    private readonly List<DuckDBParameter> _parameters = [];

    public DuckDbSql Append(string fragment)
    {
        _text.Append(fragment);
        return this;
    }

    /// <summary>Appends a placeholder for <paramref name="value"/>, passed as a parameter.</summary>
    public DuckDbSql Value(object? value)
    {
        var name = "p" + _parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        _text.Append('$').Append(name);
        return this;
    }

    /// <summary>Appends <c>(v0, v1, …)</c> (or another pair of brackets), one placeholder per value.</summary>
    public DuckDbSql Values<T>(IEnumerable<T> values, string open = "(", string close = ")")
    {
        _text.Append(open);
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                _text.Append(", ");
            }
            Value(value);
            first = false;
        }
        _text.Append(close);
        return this;
    }

    public DuckDBCommand Command(DuckDBConnection connection)
    {
        var command = connection.Command(_text.ToString());
        foreach (var parameter in _parameters)
        {
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public override string ToString() => _text.ToString();
}
