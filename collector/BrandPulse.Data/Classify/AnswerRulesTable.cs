using System.Globalization;
using System.Text;

namespace BrandPulse.Data.Classify;

/// <summary>The rules of <see cref="AnswerRules.All"/> as a Markdown table for the methodology page, in English or Spanish.</summary>
public static class AnswerRulesTable
{
    /// <summary>One row per rule, in order; <paramref name="language"/> "es" prints Spanish, anything else English.</summary>
    public static string Markdown(string language)
    {
        bool es = language == "es";
        var sb = new StringBuilder(es
            ? "| orden | regla | una frase que la cumple cuenta como | qué busca |\n| --- | --- | --- | --- |\n"
            : "| order | rule | a sentence it matches counts as | what it looks for |\n| --- | --- | --- | --- |\n");
        int i = 1;
        foreach (AnswerRule rule in AnswerRules.All)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"| {i++} | `{rule.Name}` | {RoleName(rule.Role, language)} | {rule.Describe(language).Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        return sb.ToString();
    }

    /// <summary>What a sentence role is called on the page.</summary>
    public static string RoleName(SentenceRole role, string language) => (role, language == "es") switch
    {
        (SentenceRole.Substantive, false) => "Substantive",
        (SentenceRole.Substantive, true) => "Respuesta",
        (SentenceRole.Automatic, false) => "Automatic",
        (SentenceRole.Automatic, true) => "Automática",
        (SentenceRole.PrivateChannel, false) => "Private channel",
        (SentenceRole.PrivateChannel, true) => "Paso a canal privado",
        (SentenceRole.Repeat, false) => "Request to repeat",
        (SentenceRole.Repeat, true) => "Pide repetir",
        (SentenceRole.Courtesy, false) => "Courtesy",
        (SentenceRole.Courtesy, true) => "Cortesía",
        _ => role.ToString(),
    };
}
