using Dot.Domain.Health;
using Dot.Storage.Embedded;
using Dot.Storage.Embedded.DuckDb;
using Dot.Storage.Embedded.FileSystem;
using Dot.Storage.Embedded.Secrets;
using Dot.Storage.Embedded.Sqlite;
using Microsoft.Extensions.Options;

namespace Dot.Tests.Storage.Contracts;

/// <summary>A store whose file is moved away is broken; moved back, repaired.</summary>
public abstract class MovedFileProbeContract(string relativePath) : StoreProbeContract
{
    private string FilePath => Path.Combine(Folder, relativePath);

    protected override void Break() => File.Move(FilePath, FilePath + ".away");

    protected override void Repair() => File.Move(FilePath + ".away", FilePath);
}

public sealed class SqliteStoreProbeContractTests() : MovedFileProbeContract("config.db")
{
    protected override IStoreProbe OpenProbe(IOptions<EmbeddedStorageOptions> options) => new SqliteDatabase(options);
}

public sealed class DuckDbStoreProbeContractTests() : MovedFileProbeContract("analytics.duckdb")
{
    protected override IStoreProbe OpenProbe(IOptions<EmbeddedStorageOptions> options) => new DuckDbAnalyticsStore(options);
}

public sealed class LocalKeyStoreProbeContractTests() : MovedFileProbeContract(Path.Combine("keys", "secrets.key"))
{
    protected override IStoreProbe OpenProbe(IOptions<EmbeddedStorageOptions> options) => new LocalKeySecretProtector(options);
}

/// <summary>The raw folder broken as a full or read-only disk would (the tests run as root, whom modes do not stop): a file where the folder was.</summary>
public sealed class FileSystemStoreProbeContractTests : StoreProbeContract
{
    private string Raw => Path.Combine(Folder, "raw");

    protected override IStoreProbe OpenProbe(IOptions<EmbeddedStorageOptions> options) => new FileSystemRawStore(options);

    protected override void Break()
    {
        Directory.Delete(Raw, recursive: true);
        File.WriteAllText(Raw, "not a folder");
    }

    protected override void Repair() => File.Delete(Raw);
}
