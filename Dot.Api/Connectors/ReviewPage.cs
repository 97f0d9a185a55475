using Dot.Domain.Reviews;

namespace Dot.Api.Connectors;

/// <summary>One raw answer of a store's review list, the reviews read from it (newest first), and where the next page is, if any.</summary>
public sealed record ReviewPage(byte[] Body, IReadOnlyList<ReviewDocument> Reviews, string? Next);
