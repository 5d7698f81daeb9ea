using System.Collections;
using System.Globalization;
using System.Threading.Channels;
using BrandPulse.Data.Model;
using BrandPulse.Data.Registry;

namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// The complaints of a twcs file as a list that makes each <see cref="ComplaintInput"/> (its source key and keyed
/// pseudonym) only when it is read, so that a million of them are never held at once. Enumerating a long list makes
/// them on another thread, a few batches ahead of the reader (a bounded channel), so that the store writes on one core
/// while they are made on the other.
/// </summary>
/// <param name="rows">The complaints in compact form (in memory, or for a long list in a temporary file).</param>
/// <param name="accounts">The brand accounts the rows index.</param>
/// <param name="strings">The complainant ids that are not numbers, as the rows index them.</param>
/// <param name="codes">The values of the rows' answer kind and language codes (see <see cref="TwcsTweetTable.Code"/>).</param>
internal sealed class TwcsComplaints(
    TwcsComplaintRows rows, List<string> accounts, List<string> strings, string?[] codes, string source,
    long observedUntilMs, Pseudonymizer pseudonymizer)
    : IReadOnlyList<ComplaintInput>
{
    private const int BatchSize = 4096;

    public int Count => rows.Count;

    public ComplaintInput this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, rows.Count);
            Span<TwcsComplaintRow> one = stackalloc TwcsComplaintRow[1];
            rows.Read(index, one);
            return Make(one[0]);
        }
    }

    private ComplaintInput Make(in TwcsComplaintRow c) =>
        new ComplaintInput(source, c.Id.ToString(CultureInfo.InvariantCulture), Channels.Twitter, accounts[c.Account], null,
                c.ComplainedAtMs, c.FirstAtMs == TwcsComplaintRow.None ? null : c.FirstAtMs, observedUntilMs, pseudonymizer.Of(c.Author < 0 ? c.AuthorNumber.ToString(CultureInfo.InvariantCulture) : strings[c.Author]),
                ResponseKind: codes[c.ResponseKind], Line: c.Line, FirstSubstantiveAtMs: c.SubstantiveAtMs == TwcsComplaintRow.None ? null : c.SubstantiveAtMs,
                ComplaintLanguage: codes[c.ComplaintLanguage], AnswerLanguage: codes[c.AnswerLanguage]);

    public IEnumerator<ComplaintInput> GetEnumerator()
    {
        if (rows.Count <= 2 * BatchSize)
        {
            for (int i = 0; i < rows.Count; i++)
            {
                yield return this[i];
            }

            yield break;
        }

        var channel = Channel.CreateBounded<ComplaintInput[]>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        using var stop = new CancellationTokenSource();
        Task maker = Task.Run(async () =>
        {
            try
            {
                var read = new TwcsComplaintRow[BatchSize];
                for (int start = 0; start < rows.Count; start += BatchSize)
                {
                    var batch = new ComplaintInput[Math.Min(BatchSize, rows.Count - start)];
                    rows.Read(start, read.AsSpan(0, batch.Length));
                    for (int i = 0; i < batch.Length; i++)
                    {
                        batch[i] = Make(read[i]);
                    }

                    await channel.Writer.WriteAsync(batch, stop.Token).ConfigureAwait(false);
                }

                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.TryComplete(e);
            }
        });
        try
        {
            while (channel.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (channel.Reader.TryRead(out ComplaintInput[]? batch))
                {
                    foreach (ComplaintInput c in batch)
                    {
                        yield return c;
                    }
                }
            }
        }
        finally
        {
            stop.Cancel();
            maker.GetAwaiter().GetResult(); // never throws: its failures complete the channel
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
