using BrandPulse.Data.Model;

namespace BrandPulse.Generator.Rendering;

/// <summary>What each kind of first answer is called on the site.</summary>
public static class AnswerKindNames
{
    /// <summary>The name of <paramref name="kind"/> (one of <see cref="AnswerKinds"/>) as the site prints it.</summary>
    public static string Of(string kind) => kind switch
    {
        AnswerKinds.Substantive => "An answer",
        AnswerKinds.PrivateChannel => "Only “move to a private channel”",
        AnswerKinds.Automatic => "Automatic reply",
        AnswerKinds.Repeat => "Only “tell us again what happened”",
        AnswerKinds.RobotOnly => "Robots only",
        AnswerKinds.Human => "A human",
        _ => kind,
    };
}
