using BrandPulse.Data.Model;
using BrandPulse.Generator.Model;

namespace BrandPulse.Generator.Rendering;

/// <summary>What each kind of first answer is called on the site (strings <c>kind.KIND</c>).</summary>
public static class AnswerKindNames
{
    /// <summary>The English name of <paramref name="kind"/> (one of <see cref="AnswerKinds"/>), as the counted complaints store it.</summary>
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

    /// <summary>The name of <paramref name="kind"/> in the page's language; a kind without a string as its code.</summary>
    public static string Of(string kind, SiteContext context) =>
        context.Text.Values.TryGetValue("kind." + kind, out string? name) ? name : kind;

    /// <summary>
    /// A counted complaint's outcome (stored in English: "still waiting", "answered", "answered: an answer") in the
    /// page's language.
    /// </summary>
    public static string Outcome(string stored, SiteContext context)
    {
        if (stored == "still waiting")
        {
            return context.Text["outcome.still_waiting"];
        }

        if (stored == "answered")
        {
            return context.Text["outcome.answered"];
        }

        foreach (string kind in AnswerKinds.All)
        {
            if (stored == "answered: " + Of(kind).ToLowerInvariant())
            {
                string name = Of(kind, context);
                return context.Text.Format("outcome.answered_kind", ("kind", context.Language == Localization.Strings.Reference ? name.ToLowerInvariant() : Lower(name)));
            }
        }

        return stored;
    }

    /// <summary>The first letter in lower case (a Spanish kind name inside a sentence: "respondida: una persona").</summary>
    private static string Lower(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
