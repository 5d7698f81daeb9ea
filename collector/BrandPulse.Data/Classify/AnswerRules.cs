namespace BrandPulse.Data.Classify;

/// <summary>
/// The ordered rules of <see cref="AnswerClassifier"/>: the first rule that matches a sentence decides what the
/// sentence counts as. A sentence no rule matches, with three words or more, is <see cref="SentenceRole.Substantive"/>.
/// Each pattern holds the English phrasings and then the Spanish ones (<see cref="SpanishPhrases"/>), matched against
/// the normalised sentence (lower case, accents removed).
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

    private const string Repeat =
        @"\b(can|could|would) you (please )?(tell|give|provide|send|share|explain|describe) ((us|me) )?(a (bit|little) )?(some )?(more|further|additional|a few more)\b"
        + @"|^(please )?(tell|give) (us|me) (a (bit|little) )?more\b|\b(more|further|additional) (details|information|info) (about|on|regarding) (the|this|that|your|what) (issue|problem|situation|experience|matter|happened)\b"
        + @"|\bwhat( seems to be| is|'s) (the (issue|problem|matter|trouble)|going on|happening)( there| with (it|this|that))?\s*\?*$|\bwhat happened\s*\?*$"
        + @"|\bhow (can|may) (we|i) (help|assist)( you)?( today)?\s*\?*$|\b(can|could) you (please )?(elaborate|clarify)\b";

    /// <summary>The rules, in the order they are tried.</summary>
    public static IReadOnlyList<AnswerRule> All { get; } =
    [
        new("ticket-number", SentenceRole.Automatic,
            "Quotes a ticket, case or reference number.",
            "Cita un número de incidencia, caso, ticket o referencia.",
            @"\b(ticket|case|reference|ref|incident)( number| no\.?| id)?\s*(is\s*)?[:#]?\s*[a-z]{0,4}-?\d{4,}\b|#\d{5,}\b"
            + "|" + SpanishPhrases.TicketNumber),
        new("request-received", SentenceRole.Automatic,
            "Says a message or request has been received or logged.",
            "Dice que se ha recibido o registrado un mensaje o una solicitud.",
            @"\b(we('ve| have)?|i('ve| have)?) (received|logged) your\b|\byour (message|request|e-?mail|enquiry|inquiry|query|complaint|case|ticket)( has been| was| is being| is)? (received|logged|noted|created)\b"
            + "|" + SpanishPhrases.RequestReceived),
        new("out-of-hours", SentenceRole.Automatic,
            "An out-of-hours or no-agent-available message.",
            "Un aviso de fuera de horario o de que no hay agentes disponibles.",
            @"\b(out of|outside( of)?) (our )?(office|business|opening|working|service) hours\b|\b(we('re| are)|our (team|office|agents?)( is| are)?) (currently |now )?(closed|offline|unavailable|away)\b|\bno agents (were |are )?available\b"
            + @"|\b(we('ll| will) be|we('re| are)|our team (is|will be)) back (online |in the office )?(at|from|tomorrow|on|in the morning)\b|\b(opening|office|business) hours (are|is)\b"
            + "|" + SpanishPhrases.OutOfHours),
        new("will-get-back", SentenceRole.Automatic,
            "Only promises a later answer (\"we'll get back to you\", \"an agent will be with you shortly\").",
            "Solo promete una respuesta más tarde («te responderemos lo antes posible», «un agente te atenderá en breve»).",
            @"^(?!.*\?).*\b(we('ll| will)|an? (agent|advisor|adviser|member of (our|the) team)( will)?|someone will) (get back to you|be in touch|respond|reply|be with you)\b"
            + "|" + SpanishPhrases.WillGetBack),
        new("high-volume", SentenceRole.Automatic,
            "Warns of a high volume of messages or longer response times.",
            "Avisa de un gran volumen de mensajes o de tiempos de respuesta más largos.",
            @"\b(high|large|higher than (usual|normal)) (volume|number) of (messages|enquiries|inquiries|requests|contacts)\b|\bresponse times? (may|might|could) be (longer|delayed)\b"
            + "|" + SpanishPhrases.HighVolume),
        new("private-with-diagnostic", SentenceRole.Substantive,
            "Asks to continue in private but also asks a diagnostic question (a version, model, error, platform, steps tried).",
            "Pide seguir en privado, pero también hace una pregunta de diagnóstico (una versión, un modelo, un error, una plataforma, lo ya probado).",
            $"^(?=.*({Private}|{SpanishPhrases.Private}))(?=.*({Diagnostic}|{SpanishPhrases.Diagnostic}))"),
        new("private-channel", SentenceRole.PrivateChannel,
            "Asks the customer to move to DM, email, phone, chat or a support form, or to send details there (an ID card or customer number included).",
            "Pide al cliente pasar a mensaje privado (MD), correo, teléfono, chat o un formulario, o enviar allí sus datos (DNI o número de cliente incluidos).",
            Private + @"|^(remember to |please )?(attach|include) your\b" + "|" + SpanishPhrases.Private),
        new("repeat", SentenceRole.Repeat,
            "Asks the customer to repeat what the complaint already said (\"can you tell us more?\", \"what happened?\", \"how can we help?\").",
            "Pide al cliente que repita lo que ya decía la queja («¿nos cuentas qué ha pasado?», «¿en qué podemos ayudarte?»).",
            Repeat + "|" + SpanishPhrases.Repeat),
        new("question", SentenceRole.Substantive,
            "Asks the customer a question about the problem.",
            "Hace al cliente una pregunta sobre el problema.",
            @"\?"),
        new("courtesy", SentenceRole.Courtesy,
            "Nothing but courtesies (thanks, greetings, apologies, offers to help): at most two words left once they are removed.",
            "Solo cortesías (agradecimientos, saludos, disculpas, ofrecimientos de ayuda): quedan como mucho dos palabras al quitarlas.",
            Courtesies.Pattern, Strip: true),
    ];
}
