using BrandPulse.Data.Import;
using BrandPulse.Data.Model;
using BrandPulse.Data.Tests.Import;

namespace BrandPulse.Data.Tests.Classify;

/// <summary>A twcs file of Spanish complaints with Spanish replies (<c>Data/twcs_es_sample.csv</c>), through the importer.</summary>
public sealed class SpanishTwcsTests
{
    private const string S = AnswerKinds.Substantive, P = AnswerKinds.PrivateChannel, A = AnswerKinds.Automatic, R = AnswerKinds.Repeat;

    [Fact]
    public void Each_spanish_reply_gets_its_kind()
    {
        // Given eleven Spanish complaints to four brands, ten answered in Spanish
        byte[] csv = File.ReadAllBytes(Path.Combine(SharedData.RepoRoot(), "tests", "BrandPulse.Data.Tests", "Classify", "Data", "twcs_es_sample.csv"));

        // When the file is parsed as the collector imports it
        ParsedInput p = Twcs.Parse(csv);

        // Then each complaint's first answer has the kind a reader gives it, and the waiting one stays unanswered
        Dictionary<string, string?> kinds = p.Complaints.ToDictionary(c => c.SourceKey, c => c.ResponseKind);
        Assert.Equal(new Dictionary<string, string?>
        {
            ["100"] = P, // escríbenos por MD con tu DNI
            ["110"] = P, // te hemos enviado un mensaje privado (the answer came later)
            ["120"] = A, // hemos recibido tu mensaje, te responderemos lo antes posible
            ["130"] = R, // ¿nos cuentas qué ha pasado?
            ["140"] = S, // apology + the station is fixed
            ["150"] = S, // apology + the fault is fixed, restart the router
            ["160"] = P, // facilítanos tu número de cliente por privado
            ["170"] = A, // fuera de horario
            ["180"] = S, // apology + which app version and phone
            ["190"] = R, // ¿en qué podemos ayudarte?
            ["200"] = null, // no answer: censored
        }, kinds);
        ComplaintInput late = p.Complaints.Single(c => c.SourceKey == "110");
        Assert.Equal(Twcs.Ms("2026-12-04T10:30:00Z"), late.FirstSubstantiveAtMs);
        Assert.Null(p.Complaints.Single(c => c.SourceKey == "120").FirstSubstantiveAtMs);
        Assert.Equal((10L, 1L), (p.Counts["answered"], p.Counts["waiting"]));
    }

    [Fact]
    public void The_importer_records_the_language_of_each_complaint_and_of_its_first_answer()
    {
        // Given the Spanish sample
        byte[] csv = File.ReadAllBytes(Path.Combine(SharedData.RepoRoot(), "tests", "BrandPulse.Data.Tests", "Classify", "Data", "twcs_es_sample.csv"));

        // When it is parsed
        ParsedInput p = Twcs.Parse(csv);

        // Then every complaint is Spanish, every first answer is Spanish, and the unanswered one has no answer language
        Assert.All(p.Complaints, c => Assert.Equal("es", c.ComplaintLanguage));
        Assert.Equal(10, p.Complaints.Count(c => c.AnswerLanguage == "es"));
        Assert.Null(p.Complaints.Single(c => c.SourceKey == "200").AnswerLanguage);
    }

    [Fact]
    public void Spanish_complaints_and_replies_are_detected_as_spanish()
    {
        string[] texts = [.. File.ReadLines(Path.Combine(SharedData.RepoRoot(), "tests", "BrandPulse.Data.Tests", "Classify", "Data", "twcs_es_sample.csv"))
            .Skip(1).Select(line => line.Split(",\"")[1].Split("\",")[0])];

        Assert.Equal(22, texts.Length);
        Assert.All(texts, t => Assert.Equal("es", BrandPulse.Data.Classify.LanguageDetector.Detect(t)));
    }
}
