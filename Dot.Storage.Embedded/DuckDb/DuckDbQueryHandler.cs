using DuckDB.NET.Data;

namespace Dot.Storage.Embedded.DuckDb;

/// <summary>Answers one type of analytics query on an open connection (the store gates and opens it).</summary>
internal delegate Task<TResult> DuckDbQueryHandler<in TQuery, TResult>(DuckDBConnection connection, TQuery query, CancellationToken cancellationToken);
