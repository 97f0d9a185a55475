namespace Dot.Tests.Storage;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it when the fixture ends.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("dot-tests-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
