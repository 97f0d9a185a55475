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

    /// <summary>The body arrived more slowly than the host accepts and was cut off.</summary>
    TooSlow,

    /// <summary>A zip archive that cannot be read, or an entry of it that is corrupt.</summary>
    MalformedArchive,

    /// <summary>An archive entry with an unsafe name (absolute, <c>..</c>) or a suspicious compression ratio.</summary>
    UnsafeArchive,

    /// <summary>An archive inside an archive.</summary>
    NestedArchive,

    /// <summary>Test reports and tracker exports in one upload.</summary>
    MixedContent,
}
