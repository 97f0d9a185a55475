using Dot.Api.Http;
using GraphQL;

namespace Dot.Api.GraphQL.Http;

/// <summary>
/// A field whose store is unavailable for now (AWS throttling or a 5xx after the SDK's retries, no connection): the
/// request is answered 503 with Retry-After, as the upload endpoint answers, in a sentence that names no store.
/// </summary>
public sealed class StoreUnavailableError : ExecutionError
{
    public StoreUnavailableError()
        : base(GenericErrors.StoreUnavailable) => Code = ErrorCodes.StoreUnavailable;
}
