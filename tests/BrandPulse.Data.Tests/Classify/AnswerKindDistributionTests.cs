using BrandPulse.Data.Classify;
using BrandPulse.Data.Model;
using Xunit.Abstractions;

namespace BrandPulse.Data.Tests.Classify;

public sealed class AnswerKindDistributionTests(ITestOutputHelper output)
{
    [Fact]
    public void Real_replies_are_classified_as_counted_by_hand()
    {
        // Given every brand reply in the two real samples
        IReadOnlyDictionary<string, string> replies = RealReplies.All;

        // When each is classified
        Dictionary<string, List<string>> byKind = replies
            .GroupBy(r => AnswerClassifier.Classify(r.Value))
            .ToDictionary(g => g.Key, g => g.Select(r => r.Key).ToList());

        // Then the distribution is printed, and each kind holds exactly the replies it held when last reviewed
        foreach ((string kind, List<string> ids) in byKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{kind,-16} {ids.Count,4} ({100.0 * ids.Count / replies.Count:F1} %)");
            foreach (string id in ids.Where(_ => kind != AnswerKinds.Substantive))
            {
                output.WriteLine($"    {id}: {AnswerClassifier.Normalise(replies[id])}");
            }
        }

        // The counts when the Spanish rules and the repeat rule came (627 replies: 549 answers, 77 moves to a private
        // channel, 1 request to repeat, ibm:1234848920934789122; the non-answers are printed above for review): a rule
        // change that moves even one reply fails here, and its moves must be read before the counts are updated.
        int Count(string kind) => byKind.GetValueOrDefault(kind)?.Count ?? 0;
        Assert.Equal(627, replies.Count);
        Assert.Equal(549, Count(AnswerKinds.Substantive));
        Assert.Equal(77, Count(AnswerKinds.PrivateChannel));
        Assert.Equal(0, Count(AnswerKinds.Automatic));
        Assert.Equal(["ibm:1234848920934789122"], byKind.GetValueOrDefault(AnswerKinds.Repeat) ?? []);
    }
}
