namespace Dot.Portal.Api.Models;

/// <summary>Uploads.graphql.</summary>
public sealed record UploadsData(Connection<Upload> Uploads);
