namespace Dot.Domain.Classification;

/// <summary>The classification of one field, and whether it is personal data (never logged).</summary>
public readonly record struct FieldClassification(DataClassification Classification, bool IsPersonalData = false)
{
    public static FieldClassification Public { get; } = new(DataClassification.Public);

    public static FieldClassification Restricted { get; } = new(DataClassification.Restricted);

    public static FieldClassification Personal { get; } = new(DataClassification.Restricted, IsPersonalData: true);
}
