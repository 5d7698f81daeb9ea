namespace BrandPulse.Generator.SiteFiles;

/// <summary>One line of a social card: a label, a value, a bar (0..1, or null for none) and an optional note.</summary>
public sealed record PreviewRow(string Label, string Value, double? Bar, string? Note);

/// <summary>What a social card (1200×630 PNG) shows: a title, a subtitle, up to five rows and a footer.</summary>
public sealed record PreviewCard(string Title, string Subtitle, IReadOnlyList<PreviewRow> Rows, string Footer)
{
    /// <summary>Everything the card is drawn from, as bytes to hash (the key its image is kept under).</summary>
    public byte[] Bytes()
    {
        using var bytes = new MemoryStream();
        using (var w = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Title);
            w.Write(Subtitle);
            w.Write(Rows.Count);
            foreach (PreviewRow row in Rows)
            {
                w.Write(row.Label);
                w.Write(row.Value);
                w.Write(row.Bar is not null);
                w.Write(row.Bar ?? 0);
                w.Write(row.Note is not null);
                w.Write(row.Note ?? "");
            }

            w.Write(Footer);
        }

        return bytes.ToArray();
    }
}
