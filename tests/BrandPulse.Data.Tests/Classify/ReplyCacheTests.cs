using BrandPulse.Data.Classify;

namespace BrandPulse.Data.Tests.Classify;

/// <summary>
/// The cache of replies by their text after the leading handles: a reply and its rest normalise alike, so the cached
/// kind is the kind the rules give.
/// </summary>
public sealed class ReplyCacheTests
{
    private static readonly string[] s_tricky =
    [
        "@a hi", "@abc_1 @def Please DM us.", "@x  two spaces", "@x", "@x ", "@ x", "@x.y hi", "@x&amp; hi", "@héllo DM us",
        "@a www.example.com DM us", "@a 1/2 We fixed it", "@a ^AB", "@a -Paige", "@a @b @c", "@a\tDM us", "@a @ b",
        "@a &#64;b hello there", "@a \u00a0DM us", "@12 3/4", "@a https://t.co/x send us a DM", "@a ?",
        "@pepe Escríbenos por MD 😊", "@pepe ¿Qué ha pasado? ^JL", "@ñu Hola", "@a_1 Sentimos las molestias -Ana",
    ];

    [Fact]
    public void A_reply_normalises_like_its_text_after_the_leading_handles()
    {
        foreach (string text in RealReplies.All.Values.Concat(s_tricky))
        {
            string rest = AnswerClassifier.WithoutLeadingHandles(text).ToString();

            Assert.True(AnswerClassifier.Normalise(text) == AnswerClassifier.Normalise(rest), $"'{text}' vs '{rest}'");
        }
    }

    [Fact]
    public void Cached_kinds_are_the_kinds_the_rules_give()
    {
        foreach (string text in RealReplies.All.Values.Concat(s_tricky))
        {
            string uncached = AnswerClassifier.ClassifyUncached(text);

            Assert.Equal(uncached, AnswerClassifier.Classify(text));
            Assert.Equal(uncached, AnswerClassifier.Classify(text)); // a second time, from the cache
            Assert.Equal(uncached, AnswerClassifier.Classify("@someone_else " + text));
        }
    }

    [Fact]
    public void Only_whole_ascii_handles_followed_by_a_space_are_cut()
    {
        Assert.Equal("DM us", AnswerClassifier.WithoutLeadingHandles("@a_1 @B2 DM us").ToString());
        Assert.Equal("@héllo DM us", AnswerClassifier.WithoutLeadingHandles("@héllo DM us").ToString());
        Assert.Equal("@x.y hi", AnswerClassifier.WithoutLeadingHandles("@x.y hi").ToString());
        Assert.Equal(" two", AnswerClassifier.WithoutLeadingHandles("@x  two").ToString());
        Assert.Equal("@x", AnswerClassifier.WithoutLeadingHandles("@x").ToString());
    }
}
