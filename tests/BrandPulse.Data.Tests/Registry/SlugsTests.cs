using BrandPulse.Data.Registry;

namespace BrandPulse.Data.Tests.Registry;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Apple", "apple")]
    [InlineData("British Airways", "british-airways")]
    [InlineData("  AT&T  ", "at-and-t")]
    [InlineData("Café Crème", "cafe-creme")]
    [InlineData("Mojang (Minecraft)", "mojang-minecraft")]
    [InlineData("data", "data-brand")]
    [InlineData("404", "404-brand")]
    public void Slugs_are_readable_ascii(string name, string expected) => Assert.Equal(expected, Slugs.Base(name));

    [Fact]
    public void Names_without_latin_letters_get_a_stable_code_of_their_own()
    {
        string cyrillic = Slugs.Base("Сбербанк");
        string japanese = Slugs.Base("楽天");

        Assert.Matches("^brand-[0-9a-f]{8}$", cyrillic);
        Assert.NotEqual(cyrillic, japanese);
        Assert.Equal(cyrillic, Slugs.Base("Сбербанк"));
    }

    [Fact]
    public void Names_that_slug_alike_get_different_slugs()
    {
        var taken = new HashSet<string>();
        string a = Slugs.Unique("Acme!", s => taken.Contains(s));
        taken.Add(a);
        string b = Slugs.Unique("ACME", s => taken.Contains(s));
        taken.Add(b);
        string c = Slugs.Unique("acme", s => taken.Contains(s));

        Assert.Equal(["acme", "acme-2", "acme-3"], new[] { a, b, c });
    }
}
