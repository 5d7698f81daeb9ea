namespace BrandPulse.Data.Classify;

/// <summary>
/// The Spanish phrasings of <see cref="AnswerRules"/>, written for normalised text: lower case and without accents
/// ("escribenos", "facilitanos", "lo antes posible"; ñ stays: "mañana"), as <see cref="AnswerClassifier.Normalise"/> leaves it.
/// </summary>
internal static class SpanishPhrases
{
    public const string TicketNumber =
        @"\b(incidencia|caso|referencia|ticket|expediente|reclamacion|solicitud|peticion)( (con )?(numero|n[º°o]\.?|num\.?))?( de (referencia|incidencia|seguimiento))?\s*(es\s*)?(la |el )?[:#]?\s*(n[º°o]\.?\s*)?[a-z]{0,4}-?\d{4,}\b";

    public const string RequestReceived =
        @"\b(hemos|he) (recibido|registrado) (correctamente )?(tu|su|vuestro|vuestra)\b"
        + @"|\b(tu|su) (mensaje|consulta|solicitud|peticion|correo|e-?mail|reclamacion|queja|incidencia|caso)( ya)? (ha sido|se ha|esta|queda) (recibid[oa]|registrad[oa]|cread[oa])\b";

    public const string OutOfHours =
        @"\bfuera de(l| nuestro)? horario\b|\b(nuestro|el) horario( de atencion( al cliente)?)? es\b"
        + @"|\b(estamos|nuestro equipo esta|nuestras oficinas estan) (cerrad[oa]s?|fuera de horario|desconectad[oa]s?)\b"
        + @"|\b(volvemos|volveremos|estaremos de vuelta|retomamos la atencion) (mañana|el lunes|a las|en horario|el proximo)\b"
        + @"|\bno hay (agentes|gestores|asesores) disponibles\b";

    public const string WillGetBack =
        @"^(?!.*\?).*\b((te|le|os) (responderemos|contestaremos|atenderemos|contactaremos|daremos respuesta|diremos algo)"
        + @"|(nos pondremos|se pondra|se pondran) en contacto"
        + @"|un (agente|asesor|gestor|compañero|miembro del equipo) (te |le )?(atendera|respondera|contestara|contactara|se pondra)"
        + @"|en breve (te |le )?(atendemos|atenderemos|respondemos|responderemos|contestamos|damos respuesta))\b";

    public const string HighVolume =
        @"\b(alto|gran|elevado) (volumen|numero) de (mensajes|consultas|solicitudes|peticiones|contactos|llamadas)\b"
        + @"|\btiempos? de (respuesta|espera) (puede|pueden|podria|podrian) (ser|verse|alargarse|ampliarse)\b";

    public const string Diagnostic =
        @"\b(version|modelo|sistema operativo|navegador|(mensaje|codigo) de error|captura( de pantalla)?|pantallazo|desde cuando|que (dispositivo|movil|navegador|aplicacion))\b";

    public const string Private =
        @"\b(por|x|via|al|a|en|un|tu|nuestro|mediante) (md|dm|mp|mds|dms|privado)\b|\bmensajes? (directos?|privados?)\b"
        + @"|\b(escribenos|envianos|mandanos|contactanos|llamanos|hablanos)\b|\b(puedes|podeis|puede) (escribirnos|contactarnos|llamarnos|enviarnos|mandarnos)\b"
        + @"|\b(ponte|pongase|poneos) en contacto\b|\bcontacta (con nosotros|con (el|nuestro) (equipo|servicio|departamento))\b"
        + @"|\b(te|le|os) (hemos|he) (enviado|escrito|mandado|contestado|respondido) (un |una |por |al |a tu )?(md|dm|mp|privado|mensaje|correo|e-?mail)\b"
        + @"|\b(llama|llamar|llames) al \d|\b(a traves de|en|desde) (nuestro|nuestra|el|la) (formulario|area de clientes|area privada|chat)\b"
        + @"|\b(facilitanos|indicanos|envianos|mandanos|pasanos|dinos|confirmanos|facilitarnos|indicarnos) (tu|tus|el|los|su|sus)( numero de)? (dni|nif|nie|numero de (cliente|contrato|telefono|linea|pedido|abonado|cuenta|documento)|datos|telefono|cups|e-?mail|correo|nombre)\b";

    private const string Happened = @"(te |os |le )?(ha |han )?(pasado|ocurrido|sucedido|pasa|ocurre|sucede|paso|ocurrio)";

    private const string TellUs =
        @"\b(cuentanos|explicanos|comentanos|detallanos|indicanos|amplianos|cuentame|explicame|(puedes|podrias|podeis|puede|podria) (contarnos|explicarnos|comentarnos|detallarnos|indicarnos|ampliarnos|darnos|dar|contar|explicar)|nos (puedes|podrias|podeis|puede|podria) (contar|explicar|comentar|detallar|indicar|ampliar|dar)|nos (cuentas|explicas|comentas|indicas|detallas|das))\b";

    public const string Repeat =
        TellUs + @"[^.?!]{0,20}?\b((que|lo que) " + Happened + @"|(mas )?(detalles?|informacion|datos)|(tu|su|el|la) (caso|consulta|problema|incidencia|situacion)|mejor|lo (ocurrido|sucedido))\b"
        + @"|(^|¿|, )\s*(que|y que) " + Happened + @"( exactamente)?\s*\?|\ben que (te |le |os )?(podemos|puedo|podriamos) ayudar"
        + @"|\b(cual|que) es (el|tu|su) (problema|incidencia|consulta)\s*\?|\bnecesitamos (mas|algo mas de) (detalles|informacion|datos)\b"
        + "|" + TellUs + @" (un poco )?mas\W*$";
}
