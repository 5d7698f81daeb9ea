using System.Text;
using BrandPulse.Generator.Model;

namespace BrandPulse.Generator.Rendering;

/// <summary>
/// A brand page made again from the bytes it was last published with, when the only thing that changed is where other
/// brands' figures put it in the ranking: its rank cells (<see cref="BrandPageRows.RankCell"/>), one per channel shown
/// with figures, are the only part of the page that depends on its rank. When one brand gains complaints and moves up
/// or down a ranking, every brand it passes moves by one place; their pages are patched here instead of rendered.
/// </summary>
/// <remarks>
/// The incremental build patches a page only when everything else it is rendered from is unchanged (the first part
/// of its key, <see cref="Incremental.BrandPageKeys"/>) and the published bytes are those it rendered (their hash),
/// so the patched page is byte for byte the page a full build renders; any doubt (a different number of cells) renders.
/// </remarks>
public static class RankCells
{
    private static ReadOnlySpan<byte> Open => "<td class=\"rank-cell\">"u8;

    private static ReadOnlySpan<byte> Close => "</td>"u8;

    /// <summary>The rank cells of <paramref name="brand"/>'s page in the language of <paramref name="context"/>, in the order the page shows them.</summary>
    public static IReadOnlyList<string> Of(BrandFigures brand, SiteContext context) =>
        [.. brand.Channels.Where(f => f.Status != FigureStatus.TooFew).Select(f => BrandPageRows.RankCell(f, context).Value)];

    /// <summary>
    /// <paramref name="page"/> with the content of its rank cells replaced by <paramref name="cells"/>, in order; null when
    /// the page does not have exactly that many rank cells (it is then rendered).
    /// </summary>
    public static byte[]? Replace(ReadOnlySpan<byte> page, IReadOnlyList<string> cells)
    {
        var output = new MemoryStream(page.Length + 64 * cells.Count);
        int cell = 0;
        while (page.IndexOf(Open) is int open and >= 0)
        {
            int start = open + Open.Length;
            int end = page[start..].IndexOf(Close);
            if (cell == cells.Count || end < 0)
            {
                return null;
            }

            output.Write(page[..start]);
            output.Write(Encoding.UTF8.GetBytes(cells[cell++]));
            page = page[(start + end)..];
        }

        if (cell != cells.Count)
        {
            return null;
        }

        output.Write(page);
        return output.ToArray();
    }
}
