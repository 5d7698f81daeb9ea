namespace BrandPulse.Data.Model;

/// <summary>What a brand's first response was. Stored in <c>complaint.response_kind</c>.</summary>
public static class AnswerKinds
{
    /// <summary>An answer that addresses the complaint: information, a fix, a question about the problem.</summary>
    public const string Substantive = "substantive";

    /// <summary>Only a request to move to a private channel ("send us a DM") with nothing else.</summary>
    public const string PrivateChannel = "private_channel";

    /// <summary>An automatic reply (acknowledgement, ticket number, out-of-hours message).</summary>
    public const string Automatic = "automatic";

    /// <summary>A request to repeat the complaint (again, elsewhere, with the same details): a deflection, not an answer.</summary>
    public const string Repeat = "repeat";

    /// <summary>Phone: only robots (voice menu) answered; no human.</summary>
    public const string RobotOnly = "robot_only";

    /// <summary>Phone: a human answered.</summary>
    public const string Human = "human";

    public static IReadOnlyList<string> All { get; } = [Substantive, PrivateChannel, Automatic, RobotOnly, Human, Repeat];
}
