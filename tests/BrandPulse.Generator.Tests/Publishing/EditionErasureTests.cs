using System.Text;
using BrandPulse.Generator.Publishing;

namespace BrandPulse.Generator.Tests.Publishing;

public sealed class EditionErasureTests
{
    private static readonly Dictionary<string, string> s_erased = new(StringComparer.Ordinal)
    {
        ["BP-AAAA-BBBB-CCCC"] = "2026-12-05",
        ["BP-DDDD-EEEE-FFFF"] = "2026-12-06",
    };

    [Fact]
    public void Only_the_rows_of_erased_codes_go_and_every_other_byte_stays()
    {
        // Given a download as the generator writes it: byte-order mark, CRLF, a quoted brand name with a comma and a quote
        string csv = "\uFEFFbrand,slug,channel,reference\r\n"
            + "\"Acme, \"\"the\"\" shop\",acme,twitter,BP-AAAA-BBBB-CCCC\r\n"
            + "\"Acme, \"\"the\"\" shop\",acme,twitter,BP-1111-2222-3333\r\n"
            + "Acme,acme,phone,BP-DDDD-EEEE-FFFF\r\n"
            + "Acme,acme,phone,\r\n";

        (string output, EditionErasure.Result result) = Run(csv);

        Assert.Equal("\uFEFFbrand,slug,channel,reference\r\n"
            + "\"Acme, \"\"the\"\" shop\",acme,twitter,BP-1111-2222-3333\r\n"
            + "Acme,acme,phone,\r\n", output);
        Assert.True(result.HasReferences);
        Assert.Equal(2, result.Removed);
        Assert.Equal(new Dictionary<string, int> { ["2026-12-05"] = 1, ["2026-12-06"] = 1 }, result.RemovedByDay);
    }

    [Fact]
    public void A_download_without_codes_is_left_as_it_was()
    {
        string csv = "\uFEFFbrand,slug,channel\r\nAcme,acme,BP-AAAA-BBBB-CCCC\r\n";
        (string output, EditionErasure.Result result) = Run(csv);
        Assert.Equal(csv, output);
        Assert.False(result.HasReferences);
        Assert.Equal(0, result.Removed);
    }

    [Fact]
    public void A_line_break_inside_quotes_stays_in_its_row()
    {
        string csv = "brand,reference\r\n\"Two\r\nlines\",BP-AAAA-BBBB-CCCC\r\n\"Two\r\nlines\",BP-KEEP-KEEP-KEEP\r\n";
        (string output, _) = Run(csv);
        Assert.Equal("brand,reference\r\n\"Two\r\nlines\",BP-KEEP-KEEP-KEEP\r\n", output);
    }

    [Fact]
    public void The_note_adds_new_days_to_the_ones_already_noted()
    {
        byte[] note = EditionErasure.Note(new Dictionary<string, int> { ["2026-12-01"] = 3 },
            new Dictionary<string, int> { ["2026-12-05"] = 2, ["2026-12-01"] = 1 });
        Assert.Equal("erased_on,complaint_rows_removed\r\n2026-12-01,4\r\n2026-12-05,2\r\n", Encoding.UTF8.GetString(note));
    }

    private static (string Output, EditionErasure.Result Result) Run(string csv)
    {
        using var input = new MemoryStream(new UTF8Encoding(false).GetBytes(csv));
        using var output = new MemoryStream();
        EditionErasure.Result result = EditionErasure.Filter(input, output, s_erased);
        return (new UTF8Encoding(false).GetString(output.ToArray()), result);
    }
}
