namespace BrandPulse.Data.Import;

/// <summary>What kind of trouble a record had.</summary>
public enum IssueKind
{
    /// <summary>The record was not imported: bad value, missing field.</summary>
    Rejected,

    /// <summary>Imported, but something about it deserves a look.</summary>
    Warning,

    /// <summary>Not a complaint BrandPulse can attribute to a brand.</summary>
    Unattributed,

    /// <summary>Deliberately left out (e.g. its only answer lies outside the file).</summary>
    LeftOut,
}

/// <summary>One problem with one input record: where it is (file, physical line, record number, field) and why.</summary>
public sealed record ImportIssue(IssueKind Kind, string File, int Line, string? Field, string Reason, long? Record = null)
{
    public override string ToString() =>
        $"{File}:{Line}{(Field is null ? "" : ":" + Field)}: {Reason}";
}
