using BrandPulse.Data.Import.Text;

namespace BrandPulse.Data.Tests.Text;

public sealed class BareCrRejoinTests
{
    private static List<CsvRecord> Read(string csv) =>
        [.. BareCrRejoin.Records(new CsvRecordReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv))).Records())];

    [Fact]
    public void A_row_split_by_a_bare_cr_inside_unquoted_text_is_rejoined_and_later_records_keep_consecutive_numbers()
    {
        List<CsvRecord> records = Read("id,text,n\n1,one\rtwo\rthree,x\n2,fine,y\n");

        Assert.Equal(3, records.Count);
        Assert.Equal(["1", "one\rtwo\rthree", "x"], records[1].Fields);
        Assert.Equal((1L, 2, 2), (records[1].Number, records[1].Line, records[1].Rejoined));
        Assert.Equal((2L, 3, 0), (records[2].Number, records[2].Line, records[2].Rejoined)); // lines as grep -n counts them
    }

    [Fact]
    public void A_bare_cr_between_complete_rows_still_ends_a_row()
    {
        List<CsvRecord> records = Read("h1,h2\r\n1,2\n\n3,4\r5,6");

        Assert.Equal([["h1", "h2"], ["1", "2"], ["3", "4"], ["5", "6"]], records.Select(r => r.Fields));
        Assert.All(records, r => Assert.Equal(0, r.Rejoined));
    }

    [Fact]
    public void A_short_row_that_did_not_end_at_a_bare_cr_is_left_short()
    {
        List<CsvRecord> records = Read("a,b,c\n1,2\n3,4,5\n");

        Assert.Equal([2, 3], records.Skip(1).Select(r => r.Fields.Count));
    }
}
