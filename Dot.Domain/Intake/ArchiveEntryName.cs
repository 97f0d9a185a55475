using System.Globalization;
using Dot.Domain.Naming;

namespace Dot.Domain.Intake;

/// <summary>The rules for names inside an uploaded archive: no hidden characters, relative, no way up, no archive inside an archive.</summary>
internal static class ArchiveEntryName
{
    private static readonly string[] ArchiveExtensions = [".zip", ".jar", ".war", ".gz", ".tgz", ".tar", ".7z", ".rar", ".bz2", ".xz"];

    /// <summary>Null when the entry may be read, else why not.</summary>
    public static IntakeRefusal? Problem(string name)
    {
        if (NameRule.HasHiddenCharacters(name))
        {
            return new IntakeRefusal(IntakeRefusalReason.UnsafeArchive, $"The archive entry '{Printable(name)}' has control or invisible characters in its name.");
        }
        var normalized = name.Replace('\\', '/');
        if (normalized.StartsWith('/') || (normalized.Length > 1 && normalized[1] == ':'))
        {
            return new IntakeRefusal(IntakeRefusalReason.UnsafeArchive, $"The archive entry '{name}' has an absolute path.");
        }
        if (normalized.Split('/').Any(segment => segment == ".."))
        {
            return new IntakeRefusal(IntakeRefusalReason.UnsafeArchive, $"The archive entry '{name}' leaves the archive ('..').");
        }
        return ArchiveExtensions.Any(extension => normalized.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            ? Nested(name)
            : null;
    }

    /// <summary>The name with every character outside printable ASCII written as <c>\uXXXX</c>, fit for a message.</summary>
    private static string Printable(string name) =>
        string.Concat(name.Select(c => c is >= ' ' and <= '~' ? new string(c, 1) : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}")));

    public static IntakeRefusal Nested(string name) =>
        new(IntakeRefusalReason.NestedArchive, $"The archive entry '{name}' is an archive itself; nested archives are not accepted.");

    /// <summary>True when the first bytes are those of a zip or gzip stream.</summary>
    public static bool LooksLikeArchive(ReadOnlySpan<byte> head) =>
        head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]);
}
