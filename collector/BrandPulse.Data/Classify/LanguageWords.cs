namespace BrandPulse.Data.Classify;

/// <summary>
/// Frequent words of each language <see cref="LanguageDetector"/> tells apart: function words (articles, pronouns,
/// prepositions, auxiliaries) and the everyday words of customer service, lower case and with their accents. A word
/// in several lists counts for each of them in part (1 / number of lists). Written from general knowledge of the
/// languages, not taken from the labelled sample the detector is measured on.
/// </summary>
internal static class LanguageWords
{
    public static IReadOnlyDictionary<string, string[]> ByLanguage { get; } = new Dictionary<string, string[]>
    {
        [LanguageCodes.Spanish] = Split("""
            el la los las lo un una unos unas de del al y o que en por para con sin no sí es son está están estoy estamos
            ha han he hemos has habéis hay muy más ya pero porque cuando como cómo qué quién dónde donde aquí ahora hoy
            ayer mañana todavía también nadie nada algo alguien otra otro otros vez veces desde hasta hace mi mis tu tus
            su sus nos os me te se le les nuestro nuestra vuestro este esta esto ese esa eso todo toda todos cada mismo
            misma gracias hola buenas buenos días día saludo sentimos lamentamos disculpa llevo llevamos tengo tienes
            tiene puedes puede podemos quiero necesito nunca siempre ni sobre entre pues así bien mal mucho muchas
            gente casa hecho habéis hacer
            """),
        [LanguageCodes.Catalan] = Split("""
            el la els les l un una uns unes de d del dels al als pel pels i o que en per amb sense no sí és són està
            estan estic estem ha han he hem heu has hi ho li us ens em et es m t s n molt molta molts més ja però
            perquè quan com què qui on aquí ara avui ahir demà encara també ningú res algú altra altre altres vegada
            vegades des fins fa meu meva teu teva seu seva nostre vostre aquest aquesta aquests això allò tot tota tots
            totes cada mateix mateixa gràcies hola bon bona dia dies nit setmana sentim disculpa tinc tens té puc pots
            pot podem vull necessito mai sempre ni sobre entre doncs així bé malament gent quin quina cap fer
            """),
        [LanguageCodes.Galician] = Split("""
            o a os as un unha uns unhas de do da dos das ao aos á ás no na nos nas co coa cos coas polo pola polos polas
            e ou que en por para con sen non si é son está están estou estamos ha hai ten teño tes temos moi máis xa
            pero porque cando como que quen onde aquí agora hoxe onte mañá aínda tamén ninguén nada algo alguén outra
            outro outros vez veces dende desde ata fai meu miña teu túa seu súa noso nosa voso vosa me te se lle lles
            che vos este esta isto ese esa iso todo toda todos cada mesmo mesma grazas ola boas bos días día sentimos
            desculpa levo levamos podes pode podemos quero necesito nunca sempre nin sobre entre así ben mal moito
            moita moitas moitos ningunha ningún casa cousa estades tedes
            """),
        [LanguageCodes.Basque] = Split("""
            eta edo ez bai da dira du dute dut duzu dugu dago daude gara zara naiz nago gaude zen ziren izan egin ari
            behar ahal ezin zer zein nola non noiz nor zergatik hau hori hura hemen hor han orain gaur atzo bihar
            oraindik beti inoiz ere oso asko gutxi bat bi hiru beste dena guztia guztiak nire zure gure zuen haren
            bere baina beraz ere edo eskerrik kaixo egun on arratsalde gabon mesedez barkatu sentitzen diogu dizugu
            didazue dizuet didate diozu gabe baino arte gero lehen berriro daramat daramagu inork inor ezer zerbait
            norbait
            """),
        [LanguageCodes.English] = Split("""
            the a an and or of to in on at for with without from by about after since until my your our their his her
            its me you we us they them i it is are was were be been being am have has had do does did don't can't won't
            it's i'm we're we'll we've you're that's isn't doesn't didn't not no yes can could will would should may
            might must please thanks thank hi hello hey sorry this that these those there here what why how when where
            who which all any every some more just still again even though now today yesterday tomorrow get got let
            know help up out if but so than then very really time day days hour hours nobody nothing anyone someone
            """),
    };

    private static string[] Split(string words) =>
        words.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
