using System.Text;
using BrandPulse.Data.Import.Text;

namespace BrandPulse.Data.Tests.Text;

/// <summary>
/// The buffered CSV reader: fields, line numbers and errors exactly as the byte-at-a-time reader it replaced
/// (<see cref="ReferenceCsvReader"/>), whatever the read buffer size and however the stream hands out its bytes.
/// </summary>
public sealed class CsvRecordReaderTests
{
    private static readonly int[] s_bufferSizes = [3, 4, 5, 7, 8, 13, 64, 64 * 1024];

    [Fact]
    public void Quoted_fields_keep_line_breaks_and_doubled_quotes_and_lines_stay_physical()
    {
        byte[] input = "a,b\r\n\"x\ny\",\"say \"\"hi\"\"\"\r\n\"cr\rinside\",2\n"u8.ToArray();

        foreach (int size in s_bufferSizes)
        {
            List<CsvRecord> records = Read(input, size);

            Assert.Equal(3, records.Count);
            Assert.Equal(["a", "b"], records[0].Fields);
            Assert.Equal((1L, 2), (records[1].Number, records[1].Line));
            Assert.Equal(["x\ny", "say \"hi\""], records[1].Fields);
            Assert.Equal(4, records[2].Line); // a CR inside quotes is text, not a line
            Assert.Equal(["cr\rinside", "2"], records[2].Fields);
            Assert.All(records, r => Assert.Null(r.Error));
        }
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_and_crlf_lf_and_lone_cr_each_end_one_row()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. "h1,h2\r\n1,2\n\n3,4\r5,6"u8];

        foreach (int size in s_bufferSizes)
        {
            List<CsvRecord> records = Read(input, size);

            Assert.Equal(["h1", "h2"], records[0].Fields);
            Assert.Equal([1, 2, 4, 5], records.Select(r => r.Line));
            Assert.Equal(["5", "6"], records[3].Fields);
        }
    }

    [Fact]
    public void Invalid_utf8_split_across_a_buffer_boundary_is_reported_with_its_offset()
    {
        // "é" is C3 A9; a lone C3 followed by 'x' is invalid, and with a 4-byte buffer it straddles a refill.
        byte[] input = [.. "ok,ab"u8, 0xC3, (byte)'x', .. ",z\nn,\"q"u8, 0xC3, 0xA9, .. "\"\n"u8];

        foreach (int size in s_bufferSizes)
        {
            List<CsvRecord> records = Read(input, size);

            Assert.Equal(2, records.Count);
            Assert.Equal(new CsvFieldError(1, "invalid UTF-8 at byte 2 of the field"), records[0].Error);
            Assert.Equal(["ok", null, "z"], records[0].Fields);
            Assert.Equal(["n", "qé"], records[1].Fields);
        }
    }

    [Fact]
    public void A_field_longer_than_the_buffer_is_read_whole()
    {
        string text = string.Concat(Enumerable.Repeat("0123456789\"\"\n", 500));
        byte[] input = Encoding.UTF8.GetBytes($"id,text\n1,\"{text}\"\n2,{new string('u', 3000)}\n");

        foreach (int size in new[] { 3, 7, 1024 })
        {
            List<CsvRecord> records = Read(input, size);

            Assert.Equal(text.Replace("\"\"", "\""), records[1].Fields[1]);
            Assert.Equal(new string('u', 3000), records[2].Fields[1]);
            Assert.Equal(2 + 500 + 1, records[2].Line);
        }
    }

    [Fact]
    public void Malformed_quoting_is_reported_on_the_record()
    {
        byte[] input = "a,b\n\"x\"y,2\nq\"uote,3\n\"open,4\n"u8.ToArray();

        foreach (int size in s_bufferSizes)
        {
            List<CsvRecord> records = Read(input, size);

            Assert.Equal(new CsvFieldError(0, "text after a closing quote"), records[1].Error);
            Assert.Equal(new CsvFieldError(0, "a quote inside an unquoted field"), records[2].Error);
            Assert.Equal(new CsvFieldError(0, "unterminated quoted field (the file ends inside it)"), records[3].Error);
        }
    }

    [Fact]
    public void A_utf16_file_is_refused()
    {
        ImportFormatException e = Assert.Throws<ImportFormatException>(() => Read([0xFF, 0xFE, (byte)'a', 0], 64));

        Assert.StartsWith("t.csv:1: the file is UTF-16", e.Message);
    }

    [Fact]
    public void Random_inputs_read_exactly_as_the_byte_at_a_time_reader()
    {
        var random = new Random(20261125);
        byte[][] pieces =
        [
            "a"u8.ToArray(), "xyz"u8.ToArray(), ","u8.ToArray(), ";"u8.ToArray(), "\""u8.ToArray(), "\"\""u8.ToArray(),
            "\r"u8.ToArray(), "\n"u8.ToArray(), "\r\n"u8.ToArray(), " "u8.ToArray(), "é"u8.ToArray(), "€"u8.ToArray(),
            [0xC3], [0xA9], [0xFF], [0xEF, 0xBB, 0xBF], "\"q,\nr\""u8.ToArray(), "12345678901234567890"u8.ToArray(),
        ];
        for (int run = 0; run < 3000; run++)
        {
            var input = new List<byte>();
            int count = random.Next(0, 40);
            for (int i = 0; i < count; i++)
            {
                input.AddRange(pieces[random.Next(pieces.Length)]);
            }

            byte[] bytes = [.. input];
            byte delimiter = run % 5 == 0 ? (byte)';' : (byte)',';
            string expected = Describe(() => new ReferenceCsvReader(new MemoryStream(bytes), delimiter, "t.csv").Records());
            int size = s_bufferSizes[random.Next(s_bufferSizes.Length)];
            bool trickle = random.Next(2) == 0;
            string actual = Describe(() =>
                new CsvRecordReader(trickle ? new TrickleStream(bytes, random.Next(1, 5)) : new MemoryStream(bytes), delimiter, "t.csv", size).Records());

            Assert.True(expected == actual, $"run {run}, buffer {size}, trickle {trickle}, input {Convert.ToHexString(bytes)}\nexpected {expected}\nactual   {actual}");
        }
    }

    private static List<CsvRecord> Read(byte[] input, int bufferSize) =>
        [.. new CsvRecordReader(new MemoryStream(input), (byte)',', "t.csv", bufferSize).Records()];

    private static string Describe(Func<IEnumerable<CsvRecord>> read)
    {
        var text = new StringBuilder();
        try
        {
            foreach (CsvRecord r in read())
            {
                text.Append($"[{r.Number}@{r.Line} {r.Error} ");
                text.AppendJoin('|', r.Fields.Select(f => f is null ? "<null>" : Convert.ToHexString(Encoding.UTF8.GetBytes(f))));
                text.Append(']');
            }
        }
        catch (ImportFormatException e)
        {
            text.Append(e.Message);
        }

        return text.ToString();
    }

    /// <summary>A stream that hands out at most a few bytes per read, as a pipe or a slow network share may.</summary>
    private sealed class TrickleStream(byte[] bytes, int most) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, most));
    }
}
