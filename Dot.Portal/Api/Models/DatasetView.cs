namespace Dot.Portal.Api.Models;

/// <summary>A dataset page's subject: the signed-in user and the dataset of theirs the URL names.</summary>
public sealed record DatasetView(Viewer Me, Dataset Dataset);
