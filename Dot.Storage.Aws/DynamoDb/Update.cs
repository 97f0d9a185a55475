using Amazon.DynamoDBv2.Model;

namespace Dot.Storage.Aws.DynamoDb;

/// <summary>An update expression, its condition, and the names and values both use.</summary>
internal sealed class Update(string expression, string? condition = "attribute_exists(pk)")
{
    public string Expression { get; } = expression;

    public string? Condition { get; } = condition;

    public Dictionary<string, string> Names { get; } = [];

    public Dictionary<string, AttributeValue> Values { get; } = [];

    public Update Name(string placeholder, string attribute)
    {
        Names[placeholder] = attribute;
        return this;
    }

    public Update Value(string placeholder, AttributeValue value)
    {
        Values[placeholder] = value;
        return this;
    }

    public Update Value(string placeholder, string value) => Value(placeholder, Attributes.S(value));

    public Update Value(string placeholder, long value) => Value(placeholder, Attributes.N(value));
}
