using Dot.Storage.Embedded.Caching;

namespace Dot.Tests.Storage.Contracts;

public sealed class InProcessDataVersionsContractTests() : DataVersionsContract(new InProcessDataVersions());
