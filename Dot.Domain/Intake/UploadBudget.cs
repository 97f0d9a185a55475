namespace Dot.Domain.Intake;

/// <summary>The bytes one request may still send, shared by all its files.</summary>
public sealed class UploadBudget(long limit)
{
    private long _spent;

    public void Spend(long bytes)
    {
        _spent += bytes;
        if (_spent > limit)
        {
            throw new UploadTooLargeException(limit);
        }
    }
}
