using BrandPulse.Data.Classify;
using BrandPulse.Data.Model;
using Xunit.Abstractions;

namespace BrandPulse.Data.Tests.Classify;

public sealed class AnswerKindDistributionTests(ITestOutputHelper output)
{
    [Fact]
    public void Real_replies_are_mostly_substantive_with_some_private_channel_requests()
    {
        // Given every brand reply in the two real samples
        IReadOnlyDictionary<string, string> replies = RealReplies.All;

        // When each is classified
        Dictionary<string, List<string>> byKind = replies
            .GroupBy(r => AnswerClassifier.Classify(r.Value))
            .ToDictionary(g => g.Key, g => g.Select(r => r.Key).ToList());

        // Then the distribution is printed and plausible: these are human support teams, mostly answering
        foreach ((string kind, List<string> ids) in byKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{kind,-16} {ids.Count,4} ({100.0 * ids.Count / replies.Count:F1} %)");
            foreach (string id in ids.Where(_ => kind != AnswerKinds.Substantive))
            {
                output.WriteLine($"    {id}: {AnswerClassifier.Normalise(replies[id])}");
            }
        }

        int Count(string kind) => byKind.GetValueOrDefault(kind)?.Count ?? 0;
        Assert.True(replies.Count > 500, $"only {replies.Count} replies loaded");
        Assert.InRange(Count(AnswerKinds.Substantive), replies.Count * 60 / 100, replies.Count * 97 / 100);
        Assert.InRange(Count(AnswerKinds.PrivateChannel), replies.Count * 2 / 100, replies.Count * 30 / 100);
        Assert.InRange(Count(AnswerKinds.Automatic), 0, replies.Count * 10 / 100);
        Assert.InRange(Count(AnswerKinds.Repeat), 0, replies.Count * 5 / 100); // 1 of 627 when the rule came (ibm:1234848920934789122)
    }
}
