using BrandPulse.Data.Classify;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Tests.Classify;

/// <summary>Every rule, in English and in Spanish, with a sentence it must decide and a near miss it must not.</summary>
public sealed class AnswerRulesBilingualTests
{
    [Theory]
    // ticket-number
    [InlineData("ticket-number", "Your case number is 48392011.")]
    [InlineData("ticket-number", "Tu número de incidencia es el 48392011.")]
    [InlineData("ticket-number", "Hemos abierto la incidencia nº 2024-118833")]
    // request-received
    [InlineData("request-received", "We have received your message")]
    [InlineData("request-received", "Hemos recibido tu mensaje")]
    [InlineData("request-received", "Tu reclamación ha sido registrada")]
    // out-of-hours
    [InlineData("out-of-hours", "We're currently closed")]
    [InlineData("out-of-hours", "Ahora mismo estamos fuera de horario")]
    [InlineData("out-of-hours", "Nuestro horario de atención es de 9 a 21 h")]
    [InlineData("out-of-hours", "Volvemos mañana a las 8:00")]
    // will-get-back
    [InlineData("will-get-back", "We'll get back to you as soon as we can")]
    [InlineData("will-get-back", "Te responderemos lo antes posible")]
    [InlineData("will-get-back", "Un agente te atenderá en breve")]
    [InlineData("will-get-back", "Nos pondremos en contacto contigo")]
    [InlineData("will-get-back", "En breve un compañero te atenderá")]
    // high-volume
    [InlineData("high-volume", "We're receiving a high volume of messages")]
    [InlineData("high-volume", "Estamos recibiendo un gran volumen de consultas")]
    [InlineData("high-volume", "Los tiempos de respuesta pueden ser mayores de lo habitual")]
    // private-with-diagnostic
    [InlineData("private-with-diagnostic", "DM us the iOS version you're on")]
    [InlineData("private-with-diagnostic", "Escríbenos por MD con el modelo de tu móvil y la versión de la app")]
    // private-channel
    [InlineData("private-channel", "Send us a DM")]
    [InlineData("private-channel", "Escríbenos por MD")]
    [InlineData("private-channel", "escribenos x privado porfa")]
    [InlineData("private-channel", "Te hemos enviado un mensaje privado")]
    [InlineData("private-channel", "Facilítanos tu DNI por privado")]
    [InlineData("private-channel", "Facilítanos tu número de cliente y lo revisamos")]
    [InlineData("private-channel", "Llama al 1004 y te ayudan")]
    [InlineData("private-channel", "Puedes escribirnos a través del formulario")]
    [InlineData("private-channel", "Mándanos un privado con tu número de pedido")]
    [InlineData("private-channel", "¿Nos lo cuentas por MD?")]
    // repeat
    [InlineData("repeat", "Could you provide more detail on what's going on?")]
    [InlineData("repeat", "Can you tell us a bit more?")]
    [InlineData("repeat", "How can we help?")]
    [InlineData("repeat", "What seems to be the problem?")]
    [InlineData("repeat", "¿Nos cuentas qué ha pasado?")]
    [InlineData("repeat", "Cuéntanos con más detalle lo ocurrido")]
    [InlineData("repeat", "¿En qué podemos ayudarte?")]
    [InlineData("repeat", "¿Qué te ha pasado exactamente?")]
    [InlineData("repeat", "¿Nos puedes dar más detalles?")]
    [InlineData("repeat", "Cuéntanos un poco más 🙂")]
    [InlineData("repeat", "¿Podrías darnos más información?")]
    // question
    [InlineData("question", "Have you tried restarting the router?")]
    [InlineData("question", "¿Has probado a reiniciar el router?")]
    // courtesy
    [InlineData("courtesy", "Thanks for reaching out!")]
    [InlineData("courtesy", "¡Hola, Marta!")]
    [InlineData("courtesy", "Sentimos mucho las molestias")]
    [InlineData("courtesy", "Muchas gracias por escribirnos")]
    [InlineData("courtesy", "Un saludo")]
    public void A_sentence_takes_the_rule_written_for_it(string rule, string sentence) =>
        Assert.Equal(rule, AnswerClassifier.RuleFor(AnswerClassifier.Normalise(sentence))?.Name);

    [Theory]
    [InlineData("ticket-number", "We fixed 1234 lines last year")]
    [InlineData("ticket-number", "La incidencia de tu zona ya está resuelta")]
    [InlineData("request-received", "Your parcel was received at the depot")]
    [InlineData("request-received", "Hemos recibido la pieza en el almacén y mañana la instalamos")]
    [InlineData("out-of-hours", "The store is open until 9pm")]
    [InlineData("out-of-hours", "La tienda abre hasta las 21 h")]
    [InlineData("will-get-back", "Will we get back to you?")]
    [InlineData("will-get-back", "¿Te responderemos por aquí o prefieres correo?")]
    [InlineData("high-volume", "Volume of the speaker")]
    [InlineData("high-volume", "Hay un gran volumen de tráfico en la línea 3")]
    [InlineData("private-with-diagnostic", "Send us a DM")]
    [InlineData("private-with-diagnostic", "Escríbenos por MD")]
    [InlineData("private-channel", "The update is available in the app store")]
    [InlineData("private-channel", "El reembolso te llegará por transferencia en 5 días")]
    [InlineData("private-channel", "Muchas gracias por escribirnos")]
    [InlineData("repeat", "Can you tell us which version you're on?")]
    [InlineData("repeat", "¿Qué versión de la app tienes?")]
    [InlineData("repeat", "Cuéntanos si el router tiene la luz roja")]
    [InlineData("repeat", "Cuéntanos más tarde si ya funciona")]
    [InlineData("courtesy", "Sorry, the outage in your area is fixed now")]
    [InlineData("courtesy", "Sentimos las molestias, la avería de tu zona ya está resuelta")]
    public void A_near_miss_does_not_take_the_rule(string rule, string sentence) =>
        Assert.NotEqual(rule, AnswerClassifier.RuleFor(AnswerClassifier.Normalise(sentence))?.Name);

    private const string S = AnswerKinds.Substantive, P = AnswerKinds.PrivateChannel, A = AnswerKinds.Automatic, R = AnswerKinds.Repeat;

    [Theory]
    [InlineData("@maria_87 Hola María, escríbenos por MD y lo revisamos 😊", P)]
    [InlineData("@pepe Sentimos las molestias. Facilítanos tu DNI por privado, por favor. ^JL", P)]
    [InlineData("@pepe Te hemos enviado un mensaje privado. Un saludo", P)]
    [InlineData("@pepe Hemos recibido tu mensaje, te responderemos lo antes posible.", A)]
    [InlineData("@pepe ¡Hola! Gracias por contactar con nosotros. En breve te atendemos.", A)]
    [InlineData("@pepe Hola, ¿nos cuentas qué ha pasado? Un saludo", R)]
    [InlineData("@pepe Hola, ¿en qué podemos ayudarte?", R)]
    [InlineData("@pepe ¿Nos cuentas qué ha pasado? Escríbenos por MD.", P)]
    [InlineData("@pepe Lo sentimos mucho. La avería de tu zona ya está resuelta; reinicia el router y nos cuentas.", S)]
    [InlineData("@pepe Disculpa las molestias, el reembolso se hará en 3-5 días hábiles en la misma tarjeta.", S)]
    [InlineData("@pepe Sentimos lo ocurrido. ¿Qué luces ves encendidas en el router?", S)]
    [InlineData("@pepe Hola, gracias por escribirnos. Un saludo", A)]
    [InlineData("@bob We're sorry to hear that! Can you tell us a bit more? ^JS", R)]
    [InlineData("@bob We're sorry! The fix rolled out this morning: update the app to 5.2 and it should work.", S)]
    public void Classifies_whole_replies_in_both_languages(string text, string expected) =>
        Assert.Equal(expected, AnswerClassifier.Classify(text));

    [Fact]
    public void Accents_are_removed_before_the_rules_see_the_text()
    {
        Assert.Equal("escribenos por md, ¿que ha pasado? cigueña", AnswerClassifier.Normalise("Escríbenos por MD, ¿qué ha pasado? Cigüeña"));
        Assert.Equal("año español", AnswerClassifier.Normalise("Año Español"));
    }

    [Fact]
    public void The_rules_print_in_both_languages()
    {
        string en = AnswerRulesTable.Markdown("en"), es = AnswerRulesTable.Markdown("es");

        Assert.All(AnswerRules.All, r => Assert.NotEqual(r.Description, r.DescriptionEs));
        Assert.StartsWith("| order | rule | a sentence it matches counts as | what it looks for |\n| --- | --- | --- | --- |\n| 1 | `ticket-number` | Automatic | Quotes", en, StringComparison.Ordinal);
        Assert.Contains("| 7 | `private-channel` | Private channel | ", en, StringComparison.Ordinal);
        Assert.Contains("| 8 | `repeat` | Request to repeat | Asks the customer to repeat", en, StringComparison.Ordinal);
        Assert.Contains("| 8 | `repeat` | Pide repetir | Pide al cliente que repita", es, StringComparison.Ordinal);
        Assert.Equal(AnswerRules.All.Count + 2, es.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("entidades HTML", AnswerClassifier.DescribeNormalisation("es"), StringComparison.Ordinal);
    }
}
