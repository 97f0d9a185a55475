using Dot.Tests.Api.GraphQL;
using Dot.Tests.Api.GraphQL.Connectors;
using Dot.Tests.Api.GraphQL.UploadTokens;
using Dot.Tests.Api.Uploads;

namespace Dot.Tests.Storage.Aws;

// The API's end-to-end suites once more with configuration, raw files and secrets on the emulators.

public sealed class AwsUploadEndpointTests(AwsApiFactory factory) : UploadEndpointSuite(factory), IClassFixture<AwsApiFactory>;

public sealed class AwsTenantIsolationTests(AwsApiFactory factory) : TenantIsolationSuite(factory), IClassFixture<AwsApiFactory>;

public sealed class AwsUploadTokenTests(AwsApiFactory factory) : UploadTokenSuite(factory), IClassFixture<AwsApiFactory>;

public sealed class AwsConnectorApiTests(AwsConnectorApiFactory factory) : ConnectorApiSuite(factory), IClassFixture<AwsConnectorApiFactory>;
