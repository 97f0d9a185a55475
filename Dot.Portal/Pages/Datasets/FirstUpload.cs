namespace Dot.Portal.Pages.Datasets;

/// <summary>What an empty dataset's page shows instead of nothing: how to send the first report.</summary>
public sealed record FirstUpload(string DatasetId, string CommandLine);
