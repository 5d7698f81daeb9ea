using System.Globalization;
using System.Text;
using BrandPulse.Data.Import;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Tests.Import;

/// <summary>
/// issue 17, bounded memory: the compact linking (rows, id index, reply links as row numbers, complaints made as they
/// are read) finds the same conversations as the object graph did, whatever the order of the file.
/// </summary>
public sealed class TwcsLinkingTests
{
    private static string Csv(params string[] rows) => Twcs.Header + "\n" + string.Join("\n", rows) + "\n";

    [Fact]
    public void A_reply_chain_written_backwards_still_finds_the_addressed_brands_earliest_reply_after_another_brand()
    {
        // Replies before their parents, linked only by in_response_to_tweet_id; another brand answers first
        ParsedInput p = Twcs.Parse(Csv(
            "904,Delta,False,Wed Oct 11 10:45:00 +0000 2017,@c1 Please DM us your bag tag number.,,903",
            "903,c1,True,Wed Oct 11 10:20:00 +0000 2017,@AmericanAir no thanks @Delta??,,902",
            "902,AmericanAir,False,Wed Oct 11 10:03:00 +0000 2017,@c1 fly with us next time,,901",
            "901,c1,True,Wed Oct 11 10:00:00 +0000 2017,@Delta my bag is lost,,"));

        ComplaintInput c = Assert.Single(p.Complaints);
        Assert.Equal(("901", "Delta", Twcs.Ms("2017-10-11T10:45:00Z")), (c.SourceKey, c.AccountHandle, c.FirstResponseAtMs));
        Assert.Equal(1L, p.Counts["other_brand_first"]);
    }

    [Fact]
    public void Replies_linked_only_from_the_parents_response_list_are_found_in_any_order()
    {
        ParsedInput p = Twcs.Parse(Csv(
            "52,Delta,False,Wed Oct 11 11:10:00 +0000 2017,@c7 Sorry about that. DM us your confirmation number.,,",
            "51,c7,True,Wed Oct 11 11:05:00 +0000 2017,@Delta hello?,52,",
            "50,c7,True,Wed Oct 11 11:00:00 +0000 2017,@Delta my flight is late,51,"));

        // 52 and 51 have no parent in their own rows, so only the response lists link them: 51 is no complaint
        // (it is in 50's conversation), 52 starts nothing as a brand tweet
        ComplaintInput c = Assert.Single(p.Complaints, c => c.SourceKey == "50");
        Assert.Equal(Twcs.Ms("2017-10-11T11:10:00Z"), c.FirstResponseAtMs);
        Assert.Equal(AnswerKinds.Substantive, c.ResponseKind);
    }

    [Fact]
    public void An_unanswered_complaint_is_kept_as_censored_at_the_files_last_tweet()
    {
        ParsedInput p = Twcs.Parse(Csv(
            "60,c8,True,Wed Oct 11 09:00:00 +0000 2017,@Delta where is my refund,,",
            "70,c9,True,Wed Oct 11 12:00:00 +0000 2017,@Delta lost bag,71,",
            "71,Delta,False,Wed Oct 11 13:30:00 +0000 2017,@c9 Sorry. DM us your bag tag number.,,70"));

        ComplaintInput waiting = Assert.Single(p.Complaints, c => c.SourceKey == "60");
        Assert.Null(waiting.FirstResponseAtMs);
        Assert.Null(waiting.ResponseKind);
        Assert.Equal(("Delta", Twcs.Ms("2017-10-11T13:30:00Z")), (waiting.AccountHandle, waiting.ObservedUntilMs));
        Assert.Equal((1L, 1L), (p.Counts["waiting"], p.Counts["answered"]));
    }

    [Fact]
    public void Complaints_read_through_the_channel_equal_those_read_one_by_one()
    {
        ParsedInput p = Twcs.Parse(Generated(10_000));

        List<ComplaintInput> streamed = [.. p.Complaints];

        Assert.Equal(10_000, streamed.Count);
        Assert.Equal(Enumerable.Range(0, p.Complaints.Count).Select(i => p.Complaints[i]), streamed);
        Assert.Equal(streamed.Count(c => c.FirstResponseAtMs is null), p.Counts["waiting"]);
    }

    [Fact]
    public void A_list_longer_than_memory_keeps_is_read_back_from_its_file_with_every_value()
    {
        // 20,000 complaints: all but the first rows of the list go through the temporary file.
        ParsedInput p = Twcs.Parse(Generated(20_000));

        var start = new DateTimeOffset(2021, 3, 1, 8, 0, 0, TimeSpan.Zero);
        int i = 0;
        foreach (ComplaintInput c in p.Complaints)
        {
            Assert.Equal((1_000_000 + (2L * i)).ToString(CultureInfo.InvariantCulture), c.SourceKey);
            Assert.Equal(start.AddMinutes(i).ToUnixTimeMilliseconds(), c.ComplainedAtMs);
            Assert.Equal(i % 10 == 0 ? null : start.AddMinutes(i + 7 + (i % 50)).ToUnixTimeMilliseconds(), c.FirstResponseAtMs);
            Assert.Equal("Brand" + (i % 37).ToString(CultureInfo.InvariantCulture), c.AccountHandle);
            i++;
        }

        Assert.Equal(20_000, i);
        Assert.Equal("1039998", p.Complaints[19_999].SourceKey);
    }

    /// <summary>Conversations of a customer complaint and, for nine in ten, the brand's reply, in file order.</summary>
    private static byte[] Generated(int conversations)
    {
        var csv = new StringBuilder(Twcs.Header).Append('\n');
        var start = new DateTimeOffset(2021, 3, 1, 8, 0, 0, TimeSpan.Zero);
        for (int i = 0; i < conversations; i++)
        {
            long id = 1_000_000 + (2L * i);
            string brand = "Brand" + (i % 37).ToString(CultureInfo.InvariantCulture);
            DateTimeOffset at = start.AddMinutes(i);
            bool answered = i % 10 != 0;
            csv.Append(CultureInfo.InvariantCulture, $"{id},{100_000 + (i % 5_000)},True,{Twitter(at)},@{brand} my order {i} never came,{(answered ? (id + 1).ToString(CultureInfo.InvariantCulture) : "")},\n");
            if (answered)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{id + 1},{brand},False,{Twitter(at.AddMinutes(7 + (i % 50)))},@{100_000 + (i % 5_000)} Sorry! DM us your order number.,,{id}\n");
            }
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static string Twitter(DateTimeOffset at) => at.ToString("ddd MMM dd HH:mm:ss +0000 yyyy", CultureInfo.InvariantCulture);
}
