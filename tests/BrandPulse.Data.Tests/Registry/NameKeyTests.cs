using System.Text;
using BrandPulse.Data.Registry;

namespace BrandPulse.Data.Tests.Registry;

public sealed class NameKeyTests
{
    [Fact]
    public void Invariant_globalization_leaves_normalization_undone_and_the_turkish_i_alone()
    {
        // Given the programs run with InvariantGlobalization (Directory.Build.props), as these tests do
        // When the framework is asked to normalize and to change case
        string nfd = "Telefo\u0301nica";

        // Then Normalize returns its input unchanged (hence the shipped tables), while simple case mapping works for
        // every script, except that İ and ı map to nothing (the invariant rules, not the Turkish ones)
        Assert.Equal(nfd, nfd.Normalize(NormalizationForm.FormC));
        Assert.Equal("\u00E9", "\u00E9".Normalize(NormalizationForm.FormD));
        Assert.Equal("σ", "Σ".ToLowerInvariant());
        Assert.Equal("д", "Д".ToLowerInvariant());
        Assert.Equal("Σ", "ς".ToUpperInvariant());
        Assert.Equal("i", "I".ToLowerInvariant());
        Assert.Equal("\u0130", "\u0130".ToLowerInvariant());
        Assert.Equal("\u0131", "\u0131".ToUpperInvariant());
    }

    [Theory] // expected values from Python's unicodedata (Unicode 14.0)
    [InlineData("Telefo\u0301nica", "Telef\u00F3nica", "Telefo\u0301nica")]
    [InlineData("Te\u0301le\u0301phone", "T\u00E9l\u00E9phone", "Te\u0301le\u0301phone")]
    [InlineData("Vi\u1EC7t", "Vi\u1EC7t", "Vie\u0323\u0302t")]
    [InlineData("Vie\u0302\u0323t", "Vi\u1EC7t", "Vie\u0323\u0302t")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01", "\u1100\u1161\u11A8")]
    [InlineData("\uAC01", "\uAC01", "\u1100\u1161\u11A8")]
    [InlineData("a\u0301\u0328", "\u0105\u0301", "a\u0328\u0301")]
    [InlineData("\u212B", "\u00C5", "A\u030A")]
    [InlineData("\u2126", "\u03A9", "\u03A9")]
    [InlineData("\u0958", "\u0915\u093C", "\u0915\u093C")]
    [InlineData("\u0344", "\u0308\u0301", "\u0308\u0301")]
    [InlineData("e\u0301\u0301", "\u00E9\u0301", "e\u0301\u0301")]
    [InlineData("\u1E0B\u0323", "\u1E0D\u0307", "d\u0323\u0307")]
    [InlineData("q\u0307\u0323", "q\u0323\u0307", "q\u0323\u0307")]
    [InlineData("\u00C5\u0301", "\u01FA", "A\u030A\u0301")]
    [InlineData("\uFB01", "\uFB01", "\uFB01")]
    [InlineData("\U0001D15E", "\U0001D157\U0001D165", "\U0001D157\U0001D165")]
    [InlineData("\u0CC7\u0CD5", "\u0CC7\u0CD5", "\u0CC6\u0CD5\u0CD5")]
    [InlineData("\u0F73", "\u0F71\u0F72", "\u0F71\u0F72")]
    public void Shipped_tables_normalize_as_unicode_does(string input, string nfc, string nfd)
    {
        Assert.Equal(nfc, UnicodeNormalizer.ToNfc(input));
        Assert.Equal(nfd, UnicodeNormalizer.ToNfd(input));
    }

    [Theory]
    [InlineData("Telef\u00F3nica", "Telefo\u0301nica")] // NFC beside NFD
    [InlineData("Telef\u00F3nica", "TELEF\u00D3NICA")] // capitals, composed
    [InlineData("Telef\u00F3nica", "TELEFO\u0301NICA")] // capitals, decomposed
    [InlineData("ΟΔΥΣΣΕΑΣ", "οδυσσεας")] // Greek capitals
    [InlineData("Οδυσσέας", "ΟΔΥΣΣΈΑΣ")] // Greek with tonos and final sigma
    [InlineData("СБЕРБАНК", "Сбербанк")] // Cyrillic
    [InlineData("ЁЛКА", "е\u0308лка")] // Cyrillic capital Ё beside e + diaeresis
    [InlineData("Istanbul Air", "ISTANBUL AIR")] // I folds to i by the invariant rules, not to dotless ı
    [InlineData("Apple\u200BSupport", "AppleSupport")] // zero-width space
    [InlineData("\uFEFFAcme", "acme")] // byte-order mark
    [InlineData("\u202AAcme\u202C", "Acme")] // bidi embedding
    [InlineData("Acme\u200E", "Acme")] // left-to-right mark
    [InlineData("British\u00A0Airways", "British Airways")] // no-break space
    [InlineData("  British   Airways ", "British Airways")] // spaces around and doubled
    [InlineData("British\u202FAirways", "british airways")] // narrow no-break space
    public void Spellings_of_one_name_have_one_key(string a, string b) => Assert.Equal(NameKey.Of(a), NameKey.Of(b));

    [Theory]
    [InlineData("Telefonica", "Telef\u00F3nica")] // accents are part of a name
    [InlineData("Istanbul", "\u0130stanbul")] // dotted capital İ is not I
    [InlineData("istanbul", "\u0131stanbul")] // dotless ı is not i
    [InlineData("British Airways", "BritishAirways")] // a space is not nothing
    [InlineData("Acme", "Acme Corp")]
    public void Different_names_keep_different_keys(string a, string b) => Assert.NotEqual(NameKey.Of(a), NameKey.Of(b));

    [Theory]
    [InlineData("Telefonica", "TELEF\u00D3NICA")]
    [InlineData("Citroen", "Citroe\u0308n")]
    [InlineData("Lodz", "\u0141\u00F3d\u017A")]
    public void Loose_keys_ignore_accents_and_case(string a, string b)
    {
        Assert.NotEqual(NameKey.Of(a), NameKey.Of(b));
        Assert.Equal(NameKey.Loose(a), NameKey.Loose(b));
    }

    [Fact]
    public void Handles_lose_their_at_signs_and_invisible_characters()
    {
        Assert.Equal("applesupport", NameKey.OfHandle(" @AppleSupport"));
        Assert.Equal("applesupport", NameKey.OfHandle("@Apple\u200BSupport\uFEFF"));
        Assert.True(NameKey.HasInvisible("Apple\u200BSupport"));
        Assert.False(NameKey.HasInvisible("Apple Support"));
        Assert.Equal("Telef\u00F3nica", NameKey.Clean("\u200B Telefo\u0301nica\u00A0 "));
    }

    [Fact]
    public void The_fast_search_finds_exactly_the_characters_clean_removes_as_invisible()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(NameKey.IsInvisible((char)c) == NameKey.ContainsInvisible([(char)c]), $"U+{c:X4}");
        }
    }
}
