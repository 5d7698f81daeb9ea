namespace BrandPulse.Testing.Fuzz;

/// <summary>
/// Strings that must never come out where they do not belong: a secret (API token) must appear in no log, error,
/// database or output; personal data (a complainant's handle, user id, complaint text) in no public output.
/// </summary>
public static class Canaries
{
    /// <summary>The API token: nowhere, ever.</summary>
    public const string Secret = "BP-CANARY-SECRET-5c1d9e7a";

    /// <summary>A complainant's handle (without the @).</summary>
    public const string Handle = "canary_person_7f3a";

    /// <summary>A complainant's numeric user id.</summary>
    public const string UserId = "990099009900";

    /// <summary>Words of a complaint's text.</summary>
    public const string Text = "CANARY-TEXT-91b2";

    /// <summary>The personal-data canaries, for scanning public outputs.</summary>
    public static IReadOnlyList<string> Personal { get; } = [Handle, UserId, Text];

    /// <summary>Every canary, for scanning logs and errors.</summary>
    public static IReadOnlyList<string> All { get; } = [Secret, Handle, UserId, Text];
}
