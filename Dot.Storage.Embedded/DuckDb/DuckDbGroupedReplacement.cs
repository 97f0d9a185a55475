using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>
/// Writes the uploads that queued for the writer together: each is staged on its own (<see cref="DuckDbStagedUpload"/>),
/// then all that staged are published in one transaction, so they share its commit and the marking of their days
/// stale (<see cref="DuckDbResultReplacement.Publish"/>); an upload that queued alone is streamed straight into a
/// transaction of its own, as before. One upload's failure is its own: a stream that fails while staged (a parse
/// error half-way, a cancellation, a full disk) fails that upload and is never published; when the group's
/// transaction fails, it is rolled back whole and each upload is published again alone, from its staged rows, so
/// only one that fails alone fails. Every upload taken is completed, one way or the other.
/// </summary>
internal static class DuckDbGroupedReplacement
{
    public static void Write(DuckDBConnection connection, IReadOnlyList<DuckDbQueuedUpload> uploads)
    {
        if (uploads is [var alone])
        {
            Publish(connection, [DuckDbStagedUpload.Streamed(alone)]);
            return;
        }
        var staged = new List<DuckDbStagedUpload>(uploads.Count);
        for (var position = 0; position < uploads.Count; position++)
        {
            try
            {
                staged.Add(DuckDbStagedUpload.Stage(connection, uploads[position], position));
            }
            catch (Exception exception)
            {
                uploads[position].Fail(exception);
            }
        }
        Publish(connection, staged);
    }

    private static void Publish(DuckDBConnection connection, List<DuckDbStagedUpload> staged)
    {
        if (staged.Count == 0)
        {
            return;
        }
        try
        {
            connection.InTransaction(() =>
            {
                DuckDbResultReplacement.Publish(connection, staged);
                return staged.Count;
            });
        }
        catch (Exception) when (staged.Count > 1)
        {
            foreach (var upload in staged)
            {
                Publish(connection, [upload]);
            }
            return;
        }
        catch (Exception exception)
        {
            staged[0].Upload.Fail(exception);
            return;
        }
        foreach (var upload in staged)
        {
            upload.Upload.Succeed(upload.Count);
        }
    }
}
