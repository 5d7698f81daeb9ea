namespace BrandPulse.Data.Classify;

/// <summary>Phrases that are polite but say nothing about the problem; a sentence made only of them is a courtesy.</summary>
internal static class Courtesies
{
    private static readonly string[] s_phrases =
    [
        @"(hi|hello|hey|hiya|dear|good (morning|afternoon|evening))( there| team| all)?",
        @"(many )?thanks?( you)?( so much| very much)?( again)?( for (reaching out|contacting us|getting in touch|the tag|tagging us|letting us know|tweeting|your (message|tweet|patience|feedback|reply))( to us| with us)?)?",
        @"(we('re| are)|i('m| am)) (always |more than |so |really )?(happy|glad|here|available|on hand|ready) to (help|assist)( you)?( with (this|that))?",
        @"(we('d| would)|i('d| would)) (love|like|be happy|be glad|be more than happy) to (help|assist|look into (this|that|it)|take a look( at (this|that|it))?)( you| out)?( with (this|that))?( further)?( for you)?( if we can)?",
        @"(we('re| are)|i('m| am)) (so |really |very |truly )?sorry( to hear (this|that|about (this|that))| for (the|any|this) (trouble|inconvenience|confusion|frustration|experience))?",
        @"sorry to hear (this|that|about (this|that))",
        @"(i|we) (completely )?understand( how)?( this| that)?( is| can be)?( a| so)? (frustrating|annoying|concerning)( experience)?",
        @"(i|we) (completely |totally |can )?understand how (you|this|that|frustrat)[\w' ]{0,40}?\b(can be|must be|is|feels?)",
        @"your business means a lot to us", @"we can help( with (this|that))?", @"let('s| us) take a look", @"help('s| is) here",
        @"(we('re| are)|i('m| am)) here for you", @"we('ll| will) (go|start) from there", @"we can start there",
        @"we('ll| will) see (how|what) we can (help|do)( from there)?",
        @"so (that )?(we|i) can (look into|help( you)? with|assist( you)? with|take a look at) (this|that|it)( matter)?( together| further| for you)?",
        @"(for|so we can provide|so we can offer) further (assistance|help)", @"(so|and) we (can|will|may) (assist|help|advise)( you)?( further)?",
        @"kind regards", @"best regards", @"standing by", @"we('re| are) (always )?(here|listening)",

        // Spanish, normalised (no accents)
        @"(hola|buenas|buenos dias|buenas tardes|buenas noches|saludos)( de nuevo| otra vez)?",
        @"(muchas |mil )?gracias( a ti)?( por (escribirnos|contactar(nos| con nosotros)?|ponerte en contacto( con nosotros)?|avisar(nos)?|contarnos(lo)?|comentarnos(lo)?|la mencion|mencionarnos|tu (mensaje|paciencia|comentario|tuit|tweet|consulta|interes|confianza)))?",
        @"(lo )?(sentimos|lamentamos)( mucho| muchisimo| de veras)?( (las molestias( ocasionadas)?|lo ocurrido|lo sucedido|la situacion|el inconveniente|los inconvenientes|el malestar|tu experiencia|que hayas tenido (este|ese) (problema|inconveniente)|leer esto|lo que (comentas|nos cuentas|cuentas)))?",
        @"(disculpa|disculpe|disculpad|perdona|perdon|perdone)(nos)?( (las|por las) molestias( ocasionadas)?)?",
        @"(un )?(saludo|saludos|abrazo)( cordiales?)?", @"quedamos (a tu disposicion|atentos)",
        @"(estamos|seguimos) (aqui )?(para ayudarte|a tu disposicion|para lo que necesites)",
        @"(queremos|nos gustaria|vamos a|podemos) ayudarte", @"te ayudamos( con (esto|ello|lo que necesites))?",
        @"(entendemos|comprendemos) (tu|el) (malestar|enfado|frustracion|molestia)", @"(entendemos|comprendemos) (la situacion|lo que (comentas|nos cuentas))",
        @"(que tengas )?(un )?(buen|feliz) (dia|fin de semana)",
        @"para (que podamos )?(revisarlo|ayudarte|revisar tu caso|echarte una mano|valorarlo|gestionarlo)( mejor)?",
        @"(y )?(lo revisamos|te ayudamos|lo vemos|lo miramos|te echamos una mano|lo gestionamos)( contigo)?",
    ];

    /// <summary>One alternation of every courtesy phrase.</summary>
    public static string Pattern { get; } = "(" + string.Join("|", s_phrases.Select(p => $@"\b{p}\b")) + ")";
}
