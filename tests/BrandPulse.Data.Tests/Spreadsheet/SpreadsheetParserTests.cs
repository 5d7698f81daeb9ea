using System.Text;
using BrandPulse.Data.Import;
using BrandPulse.Data.Import.Spreadsheet;
using BrandPulse.Data.Import.Text;
using BrandPulse.Data.Model;

namespace BrandPulse.Data.Tests.Spreadsheet;

/// <summary>Anyone's spreadsheet: delimiters, line ends, quoted newlines, encodings, times and channels.</summary>
public sealed class SpreadsheetParserTests
{
    private const string Header = "Ticket,Company,Via,Opened,First reply";

    [Fact]
    public void Reads_a_semicolon_file_with_a_bom_crlf_and_a_quoted_newline_keeping_physical_lines()
    {
        // Given an Excel-style export: BOM, ';', CRLF, a company name spanning two lines, then a bad time
        string text = "\uFEFF" + Header.Replace(',', ';') + "\r\n"
            + "T1;\"Acme\r\nGmbH\";Phone;2024-05-02T09:00:00+02:00;2024-05-02T09:42:00+02:00\r\n"   // lines 2-3
            + "T2;Acme;X;2024-05-02T10:00:00Z;\r\n"                                                   // line 4
            + "T3;Acme;twitter;yesterday;\r\n";                                                       // line 5

        // When
        ParsedInput p = Sheet.Parse(Encoding.UTF8.GetBytes(text));

        // Then
        Assert.Equal("sheet.csv:5:Opened: 'yesterday' is not an ISO 8601 time like 2024-05-02T09:00:00+02:00", Assert.Single(p.Issues).ToString());
        Assert.Equal([2, 4], p.Complaints.Select(c => c.Line));
        ComplaintInput first = p.Complaints[0];
        Assert.Equal(("csv:sheet", "T1", Channels.Phone, "Acme\r\nGmbH"), (first.Source, first.SourceKey, first.Channel, first.BrandName));
        Assert.Equal(42 * 60_000, first.FirstResponseAtMs - first.ComplainedAtMs);
        Assert.Equal((Channels.Twitter, (long?)null, Sheet.Now), (p.Complaints[1].Channel, p.Complaints[1].FirstResponseAtMs, p.Complaints[1].ObservedUntilMs));
    }

    [Fact]
    public void A_row_split_by_a_bare_carriage_return_in_unquoted_text_is_rejoined_and_reported()
    {
        // Given a file as pandas writes it (LF row ends): a company name holding a lone CR, without quotes
        string text = Header + "\n"
            + "T1,Acme\rGmbH,Phone,2024-05-02T09:00:00+02:00,2024-05-02T09:42:00+02:00\n"   // line 2 (a lone CR is no line)
            + "T2,Acme,X,2024-05-02T10:00:00Z,\n";                                            // line 3

        // When
        ParsedInput p = Sheet.Parse(Encoding.UTF8.GetBytes(text));

        // Then both complaints are read, the first with its name whole, and the rejoin is a warning, not a rejection
        Assert.Equal(["T1", "T2"], p.Complaints.Select(c => c.SourceKey));
        Assert.Equal("Acme\rGmbH", p.Complaints[0].BrandName);
        Assert.Equal([2, 3], p.Complaints.Select(c => c.Line));
        ImportIssue rejoin = Assert.Single(p.Issues);
        Assert.Equal((IssueKind.Warning, 2), (rejoin.Kind, rejoin.Line));
        Assert.Contains("bare carriage return", rejoin.Reason, StringComparison.Ordinal);
        Assert.Equal(0, p.Counts["rejected"]);
    }

    [Theory]
    [InlineData(",")]
    [InlineData(";")]
    [InlineData("\t")]
    public void Each_delimiter_and_line_end_gives_the_same_complaints(string delimiter)
    {
        string lf = (Header + "\nT1,Acme,email,2024-05-02T09:00:00Z,2024-05-02T10:00:00Z\n").Replace(",", delimiter);

        ParsedInput fromLf = Sheet.Parse(lf);
        ParsedInput fromCrlf = Sheet.Parse(lf.Replace("\n", "\r\n"));

        ComplaintInput c = Assert.Single(fromLf.Complaints);
        Assert.Equal(c, Assert.Single(fromCrlf.Complaints));
        Assert.Equal(("Acme", Channels.Email, 3_600_000L), (c.BrandName, c.Channel, c.FirstResponseAtMs!.Value - c.ComplainedAtMs));
    }

    [Theory]
    [InlineData("Ticket Company Via", "cannot tell the delimiter: the header line has no ',', ';' or tab")]
    [InlineData("Ticket;Company,Via", "cannot tell the delimiter: the header line has as many ',' as ';'")]
    [InlineData("Ticket,Company,Opened", "missing column Via, First reply")]
    [InlineData("Ticket,Company,Via,Opened,First reply,via", "column via appears twice")]
    public void An_unusable_header_is_fatal(string header, string reason)
    {
        ImportFormatException e = Assert.Throws<ImportFormatException>(() => Sheet.Parse(header + "\nT1,Acme,email,x,y\n"));

        Assert.StartsWith($"sheet.csv:1: {reason}", e.Message);
    }

    [Fact]
    public void Invalid_utf8_rejects_the_row_instead_of_becoming_a_replacement_character()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Header + "\nT1,Caf"), 0xE9, .. Encoding.UTF8.GetBytes(",email,2024-05-02T09:00:00Z,\nT2,Acme,email,2024-05-02T09:00:00Z,\n")];

        ParsedInput p = Sheet.Parse(bytes);

        Assert.Equal("sheet.csv:2:Company: invalid UTF-8 at byte 3 of the field", Assert.Single(p.Issues).ToString());
        Assert.Equal("T2", Assert.Single(p.Complaints).SourceKey);
        Assert.DoesNotContain(p.Complaints, c => c.BrandName!.Contains('\uFFFD'));
    }

    [Fact]
    public void An_unknown_channel_is_rejected_with_the_allowed_list()
    {
        ParsedInput p = Sheet.Parse(Header + "\nT1,Acme,fax,2024-05-02T09:00:00Z,\n");

        ImportIssue issue = Assert.Single(p.Issues);
        Assert.Equal((2, "Via"), (issue.Line, issue.Field));
        Assert.Equal($"unknown channel 'fax'; allowed: {Channels.AllowedList} (x is twitter)", issue.Reason);
    }

    [Fact]
    public void A_time_without_offset_needs_a_zone_and_never_uses_the_machines()
    {
        string text = Header + "\nT1,Acme,phone,2024-05-02 09:00,2024-05-02 09:30\n";

        ParsedInput withoutZone = Sheet.Parse(text);
        ParsedInput berlin = Sheet.Parse(text, zone: "Europe/Berlin");
        ParsedInput tokyo = Sheet.Parse(text, zone: "Asia/Tokyo");

        Assert.Empty(withoutZone.Complaints);
        Assert.Equal(["Opened", "First reply"], withoutZone.Issues.Select(i => i.Field));
        Assert.Contains("has no UTC offset: give --time-zone", withoutZone.Issues[0].Reason);
        Assert.Equal(Sheet.Utc("2024-05-02T07:00:00Z"), Assert.Single(berlin.Complaints).ComplainedAtMs);
        Assert.Equal(Sheet.Utc("2024-05-02T00:00:00Z"), Assert.Single(tokyo.Complaints).ComplainedAtMs);
    }

    [Fact]
    public void A_custom_time_format_reads_day_first_dates_and_offsets()
    {
        string text = Header + "\nT1,Acme,phone,01/02/2024 09:00,01/02/2024 09:30\nT2,Acme,phone,13/13/2024 09:00,\n";
        string withOffsets = Header + "\nT1,Acme,phone,01/02/2024 09:00 +01:00,01/02/2024 09:30 +01:00\n";

        ParsedInput local = Sheet.Parse(text, zone: "Europe/Berlin", format: "dd/MM/yyyy HH:mm");
        ParsedInput offset = Sheet.Parse(withOffsets, format: "dd/MM/yyyy HH:mm zzz");

        Assert.Equal(Sheet.Utc("2024-02-01T08:00:00Z"), Assert.Single(local.Complaints).ComplainedAtMs);
        Assert.Equal("sheet.csv:3:Opened: '13/13/2024 09:00' does not match the time format 'dd/MM/yyyy HH:mm'", Assert.Single(local.Issues).ToString());
        Assert.Equal(Sheet.Utc("2024-02-01T08:00:00Z"), Assert.Single(offset.Complaints).ComplainedAtMs);
    }

    [Fact]
    public void A_channel_for_the_whole_file_and_an_account_column_work_without_brand_or_channel_columns()
    {
        string text = "Handle,When\n@AcmeSupport,2024-05-02T09:00:00Z\n,2024-05-02T09:00:00Z\n";

        ParsedInput p = Sheet.Parse(text, "account=Handle,complained_at=When", channel: "x");

        ComplaintInput c = Assert.Single(p.Complaints);
        Assert.Equal((Channels.Twitter, "@AcmeSupport", (string?)null), (c.Channel, c.AccountHandle, c.BrandName));
        Assert.StartsWith("auto-", c.SourceKey);
        Assert.Equal("sheet.csv:3:Handle: empty", Assert.Single(p.Issues).ToString());
    }

    [Fact]
    public void Rows_without_ref_get_the_same_key_every_time_and_duplicates_are_reported()
    {
        string text = "Company,Via,Opened\nAcme,phone,2024-05-02T09:00:00Z\nAcme,phone,2024-05-02T11:00:00+02:00\n";

        ParsedInput once = Sheet.Parse(text, "brand=Company,channel=Via,complained_at=Opened");
        ParsedInput again = Sheet.Parse(text, "brand=Company,channel=Via,complained_at=Opened");

        Assert.Equal(once.Complaints[0].SourceKey, again.Complaints[0].SourceKey);
        Assert.Equal("sheet.csv:3: the same complaint as line 2", Assert.Single(once.Issues).ToString());
    }

    [Theory]
    [InlineData("brand=Company,channel=Via", "--map: missing complained_at")]
    [InlineData("channel=Via,complained_at=Opened", "--map: missing brand (or account)")]
    [InlineData("brand=Company,complained_at=Opened", "--map: missing channel (or --channel)")]
    [InlineData("brand=Company,channel=Via,complained_at=Opened,colour=Red", "--map: unknown field colour")]
    [InlineData("brand=Company,channel", "--map: 'channel' is not field=Column")]
    public void A_bad_mapping_says_what_is_wrong(string map, string message)
    {
        FormatException e = Assert.Throws<FormatException>(() => SpreadsheetMapping.Parse(map, channelGiven: false));

        Assert.StartsWith(message, e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData(" \r\n\n")]
    public void A_blank_file_imports_nothing_with_a_warning(string text)
    {
        ParsedInput p = Sheet.Parse(text);

        Assert.Empty(p.Complaints);
        Assert.Equal("sheet.csv:1: the file is empty: nothing to import", Assert.Single(p.Issues, i => i.Kind == IssueKind.Warning).ToString());
        Assert.Equal(0, p.Rejected);
    }

    [Fact]
    public void A_header_only_file_imports_nothing()
    {
        ParsedInput p = Sheet.Parse(Header + "\r\n");

        Assert.Empty(p.Complaints);
        Assert.Empty(p.Issues);
    }
}
