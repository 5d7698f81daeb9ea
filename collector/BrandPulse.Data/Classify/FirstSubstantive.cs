using BrandPulse.Data.Model;

namespace BrandPulse.Data.Classify;

/// <summary>A brand's reply in a conversation: when it came (Unix ms, UTC) and what it said.</summary>
public sealed record BrandReply(long AtMs, string Text);

/// <summary>What a brand's replies to one complaint add up to: the first response, its kind, the first real answer.</summary>
public sealed record ReplyOutcome(long? FirstResponseAtMs, string? ResponseKind, long? FirstSubstantiveAtMs)
{
    public static ReplyOutcome None { get; } = new(null, null, null);

    /// <summary>Classifies <paramref name="replies"/> (any order; ties keep their given order).</summary>
    public static ReplyOutcome From(IEnumerable<BrandReply> replies)
    {
        BrandReply[] ordered = [.. replies.OrderBy(r => r.AtMs)];
        return ordered.Length == 0
            ? None
            : new ReplyOutcome(ordered[0].AtMs, AnswerClassifier.Classify(ordered[0].Text), FirstSubstantive.In(ordered));
    }
}

/// <summary>When a brand first really answered: the time of the first Substantive reply.</summary>
public static class FirstSubstantive
{
    /// <summary>The time of the first Substantive reply among <paramref name="repliesInTimeOrder"/>, or null if none is.</summary>
    public static long? In(IEnumerable<BrandReply> repliesInTimeOrder)
    {
        foreach (BrandReply reply in repliesInTimeOrder)
        {
            if (AnswerClassifier.Classify(reply.Text) == AnswerKinds.Substantive)
            {
                return reply.AtMs;
            }
        }

        return null;
    }
}
