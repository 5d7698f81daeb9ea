using BrandPulse.Data.Classify;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Tests.Classify;

public sealed class AnswerClassifierTests
{
    private const string S = AnswerKinds.Substantive, P = AnswerKinds.PrivateChannel, A = AnswerKinds.Automatic;

    // Real replies from data/ (twcs = twcs_kaggle_sample.csv tweet_id, ibm = ibm_twitter_cdp_dev.json tweet_ID),
    // labelled by hand before running the classifier. Texts are not repeated here: look them up by id.
    [Theory]
    [InlineData("twcs:119238", P)]         // DM your name, zip code and details: identification only
    [InlineData("twcs:119240", P)]         // LiveChat link or a phone number for a call back
    [InlineData("twcs:119243", S)]         // asks whether another device was tried
    [InlineData("twcs:119248", S)]         // asks the iOS version, says where to find it, then "Reply in DM"
    [InlineData("twcs:119252", P)]         // courtesies + "Send us a DM so we can look into this together"
    [InlineData("twcs:119271", P)]         // "Send us a DM and we can start there"
    [InlineData("twcs:119273", S)]         // asks which number is calling, then asks for a DM
    [InlineData("twcs:119275", P)]         // empathy + DM your account information
    [InlineData("twcs:119277", P)]         // follow us and DM, signed "Sprint Cares"
    [InlineData("twcs:119264", S)]         // gives the updated departure time
    [InlineData("twcs:119322", P)]         // a question, but only "can you DM me your name, address and email?"
    [InlineData("twcs:119267", S)]         // a DM request whose content is diagnostic (the iOS version)
    [InlineData("ibm:1236036418729897988", S)] // asks which platform the game is played on
    [InlineData("ibm:1245100663945793539", P)] // "create a support ticket so we may assist you one-on-one"
    [InlineData("ibm:1242906522557898755", P)] // "send us an email at <link>" and nothing else
    [InlineData("ibm:1242455932124233730", S)] // points to the steps to retrieve an Apple ID
    [InlineData("ibm:1236398468102586368", S)] // "no agents were available" notice, then a real diagnosis
    [InlineData("ibm:1245383196679663616", S)] // details at a link, "send us a DM if you have questions"
    public void Classifies_real_replies_as_labelled_by_hand(string id, string expected)
    {
        // Given a real reply / When it is classified / Then the kind is the hand label
        Assert.Equal(expected, AnswerClassifier.Classify(RealReplies.All[id]));
    }

    [Theory]
    [InlineData("@bob Thanks for reaching out, we'll get back to you as soon as possible.", A)]
    [InlineData("Your request has been received. Your ticket number is 4839201.", A)]
    [InlineData("Thanks for contacting us! An agent will be with you shortly ^BOT", A)]
    [InlineData("Our team is currently offline. We're back at 8am on Monday.", A)]
    [InlineData("Thanks for the tag! We're happy to help.", A)]
    [InlineData("@bob Send us a DM.", P)]
    [InlineData("Please DM us your details. ^RR https://t.co/x", P)]
    [InlineData("Hi there, please reach out via DM and we'll help.", P)]
    [InlineData("Follow and DM us.", P)]
    [InlineData("Which version of iOS are you on? You can find it in Settings > General > About. Reply in DM.", S)]
    [InlineData("The outage is fixed now, a restart of the router should bring it back.", S)]
    public void Classifies_by_the_documented_rules(string text, string expected) =>
        Assert.Equal(expected, AnswerClassifier.Classify(text));

    [Fact]
    public void Normalises_mentions_urls_and_signatures()
    {
        Assert.Equal("we'd love to help! send us a dm .", AnswerClassifier.Normalise("@Acme_1 We’d love to help! Send us a DM https://t.co/ab ^RR"));
        Assert.Equal("have you tried from another device, miriam", AnswerClassifier.Normalise("@105836 Have you tried from another device, Miriam ^MM"));
        Assert.Equal("let us know", AnswerClassifier.Normalise("Let us know /AY"));
        Assert.Equal("mail help@acme.com", AnswerClassifier.Normalise("Mail help@acme.com"));
    }

    [Fact]
    public void Rules_are_documented_for_the_methodology_page()
    {
        Assert.All(AnswerRules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Name + r.Description + r.Pattern)));
        Assert.Equal(AnswerRules.All.Count, AnswerRules.All.Select(r => r.Name).Distinct().Count());
        Assert.Equal("private-channel", AnswerClassifier.RuleFor("send us a dm")?.Name);
    }

    [Fact]
    public void First_substantive_is_the_first_reply_that_answers()
    {
        // Given an automatic acknowledgement, a DM request, then an answer
        BrandReply[] replies =
        [
            new(1_000, "Thanks for reaching out, we'll get back to you."),
            new(2_000, "Send us a DM."),
            new(3_000, "Which version of iOS are you on?"),
        ];

        // When / Then
        Assert.Equal(3_000, FirstSubstantive.In(replies));
        Assert.Null(FirstSubstantive.In(replies[..2]));
        Assert.Equal(new ReplyOutcome(1_000, A, 3_000), ReplyOutcome.From(replies.Reverse()));
    }
}
