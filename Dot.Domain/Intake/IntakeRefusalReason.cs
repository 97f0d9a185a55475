namespace Dot.Domain.Intake;

/// <summary>Why the intake refused a set of files; the host turns each into its own kind of answer.</summary>
public enum IntakeRefusalReason
{
    /// <summary>More bytes than the limit, for the request or for what an archive unpacks to.</summary>
    TooLarge,

    /// <summary>More files than the limit, in the request or in an archive.</summary>
    TooManyFiles,

    /// <summary>An empty file or archive entry, or no report at all.</summary>
    Empty,

    /// <summary>A file whose content is no report format DoT reads.</summary>
    UnknownFormat,

    /// <summary>The way the files were sent (a multipart body) could not be read, or the body was cut off.</summary>
    MalformedBody,

    /// <summary>A request body in a <c>Content-Encoding</c> other than gzip.</summary>
    UnsupportedEncoding,

    /// <summary>The body arrived more slowly than the host accepts and was cut off.</summary>
    TooSlow,

    /// <summary>A zip archive that cannot be read, an entry of it that is corrupt, or a corrupt gzip stream.</summary>
    MalformedArchive,

    /// <summary>An archive entry with an unsafe name (absolute, <c>..</c>), or a suspicious compression ratio (zip or gzip).</summary>
    UnsafeArchive,

    /// <summary>An archive inside an archive.</summary>
    NestedArchive,

    /// <summary>Test reports and tracker exports in one upload.</summary>
    MixedContent,
}
