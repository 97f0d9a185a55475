namespace Dot.Domain.IO;

/// <summary>
/// A failure and the failures that caused it, outermost first: stores and SDKs wrap the error that tells what went
/// wrong (a full disk, a refused connection) in their own, so a question about a failure's cause asks every link.
/// </summary>
public static class ExceptionChain
{
    public static bool Any(Exception? failure, Func<Exception, bool> cause)
    {
        ArgumentNullException.ThrowIfNull(cause);
        for (var current = failure; current is not null; current = current.InnerException)
        {
            if (cause(current))
            {
                return true;
            }
        }
        return false;
    }
}
