using BrandPulse.Data.Classify;

namespace BrandPulse.Data.Tests.Classify;

/// <summary>The detector on the labelled sample (numbers in collector/BrandPulse.Data/Classify/LANGUAGE.md) and on the edges.</summary>
public sealed class LanguageDetectorTests
{
    [Fact]
    public void Detects_every_reply_of_the_labelled_sample()
    {
        // Given 150 labelled replies and complaints, 30 in each of es, en, ca, gl, eu
        IReadOnlyList<(string Language, string Text)> sample = LanguageSample.All;
        Assert.Equal(150, sample.Count);

        // When each is detected
        var detected = sample.Select(s => (s.Language, Got: LanguageDetector.Detect(s.Text), s.Text)).ToList();

        // Then every one is right: no reply unsure (null), none wrong, 30 of 30 in each language
        Assert.Empty(detected.Where(d => d.Got != d.Language).Select(d => $"{d.Language} -> {d.Got ?? "null"}: {d.Text}"));
        foreach (string language in LanguageCodes.All.Where(l => l != LanguageCodes.Other))
        {
            Assert.Equal(30, detected.Count(d => d.Language == language && d.Got == language));
        }
    }

    [Fact]
    public void Detects_every_held_out_reply()
    {
        // Given 25 replies written after the detector was finished, 5 per language / When / Then all right
        Assert.Equal(25, LanguageSample.HeldOut.Count);
        Assert.Empty(LanguageSample.HeldOut.Where(s => LanguageDetector.Detect(s.Text) != s.Language).Select(s => s.Text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("👍")]
    [InlineData("@Movistar_es 😡😡")]
    [InlineData("@Iberia gracias")]
    [InlineData("https://t.co/AbC123 #fail 2026")]
    public void Too_short_to_tell_is_null(string? text) => Assert.Null(LanguageDetector.Detect(text));

    [Fact]
    public void Five_words_or_more_in_none_of_the_five_languages_is_other_or_unsure()
    {
        // German shares no frequent word with the five: other. Italian shares some with Catalan and Spanish: unsure, not wrong.
        Assert.Equal(LanguageCodes.Other, LanguageDetector.Detect("Mein Paket ist seit einer Woche nicht angekommen"));
        Assert.Null(LanguageDetector.Detect("Il treno delle otto è arrivato in ritardo anche oggi, vergognoso"));
    }

    [Theory]
    [InlineData("@Renfe otra vez tarde", "es")]
    [InlineData("@rodalies un altre cop tard, quina vergonya", "ca")]
    [InlineData("@Renfe outra vez tarde, que vergoña", "gl")]
    [InlineData("@Euskotren berriro berandu", "eu")]
    [InlineData("@Delta late again", "en")]
    public void Handles_and_links_are_not_words(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text + " https://t.co/x @someone #tag"));
}
