namespace BrandPulse.Data.Classify;

/// <summary>
/// The ordered rules of <see cref="AnswerClassifier"/>: the first rule that matches a sentence decides what the
/// sentence counts as. A sentence no rule matches, with three words or more, is <see cref="SentenceRole.Substantive"/>.
/// </summary>
public static class AnswerRules
{
    private const string Private =
        @"\b(dm|dms|d\.m|direct message|private message|private request|pm|inbox)\b|\b(send|drop|shoot|give) (us|me) (an? )?(e-?mail|call|message|line)\b"
        + @"|\b(e-?mail|call|phone|ring) us\b|\bcontact (us|our|the)\b|\bcontacted us\b|\b(submit|create|open|raise|log) an? (support )?(ticket|request|case)\b"
        + @"|\b(live ?chat|chat button|call ?back)\b|\breach (out )?(to us )?(via|by|through|in|on) (dm|e-?mail|phone|chat)\b";

    private const string Diagnostic =
        @"\b(version|model|operating system|ios|android|browser|error (message|code)|platform|screenshot|steps you('ve| have) tried"
        + @"|what happens|when did (this|it) start|which (app|game|device|phone|browser|platform))\b";

    /// <summary>The rules, in the order they are tried.</summary>
    public static IReadOnlyList<AnswerRule> All { get; } =
    [
        new("ticket-number", SentenceRole.Automatic,
            "Quotes a ticket, case or reference number.",
            @"\b(ticket|case|reference|ref|incident)( number| no\.?| id)?\s*(is\s*)?[:#]?\s*[a-z]{0,4}-?\d{4,}\b|#\d{5,}\b"),
        new("request-received", SentenceRole.Automatic,
            "Says a message or request has been received or logged.",
            @"\b(we('ve| have)?|i('ve| have)?) (received|logged) your\b|\byour (message|request|e-?mail|enquiry|inquiry|query|complaint|case|ticket)( has been| was| is being| is)? (received|logged|noted|created)\b"),
        new("out-of-hours", SentenceRole.Automatic,
            "An out-of-hours or no-agent-available message.",
            @"\b(out of|outside( of)?) (our )?(office|business|opening|working|service) hours\b|\b(we('re| are)|our (team|office|agents?)( is| are)?) (currently |now )?(closed|offline|unavailable|away)\b|\bno agents (were |are )?available\b"
            + @"|\b(we('ll| will) be|we('re| are)|our team (is|will be)) back (online |in the office )?(at|from|tomorrow|on|in the morning)\b|\b(opening|office|business) hours (are|is)\b"),
        new("will-get-back", SentenceRole.Automatic,
            "Only promises a later answer (\"we'll get back to you\", \"an agent will be with you shortly\").",
            @"^(?!.*\?).*\b(we('ll| will)|an? (agent|advisor|adviser|member of (our|the) team)( will)?|someone will) (get back to you|be in touch|respond|reply|be with you)\b"),
        new("high-volume", SentenceRole.Automatic,
            "Warns of a high volume of messages or longer response times.",
            @"\b(high|large|higher than (usual|normal)) (volume|number) of (messages|enquiries|inquiries|requests|contacts)\b|\bresponse times? (may|might|could) be (longer|delayed)\b"),
        new("private-with-diagnostic", SentenceRole.Substantive,
            "Asks to continue in private but also asks a diagnostic question (a version, model, error, platform, steps tried).",
            $"^(?=.*({Private}))(?=.*({Diagnostic}))"),
        new("private-channel", SentenceRole.PrivateChannel,
            "Asks the customer to move to DM, email, phone, chat or a support form, or to send details there.",
            Private + @"|^(remember to |please )?(attach|include) your\b"),
        new("question", SentenceRole.Substantive,
            "Asks the customer a question about the problem.",
            @"\?"),
        new("courtesy", SentenceRole.Courtesy,
            "Nothing but courtesies (thanks, greetings, apologies, offers to help): at most two words left once they are removed.",
            Courtesies.Pattern, Strip: true),
    ];
}
