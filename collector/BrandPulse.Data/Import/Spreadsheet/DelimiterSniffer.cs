using BrandPulse.Data.Import.Text;

namespace BrandPulse.Data.Import.Spreadsheet;

/// <summary>
/// Tells a comma-, semicolon- or tab-separated file apart from its header line (outside quotes); a header with none of
/// them, or with two of them equally often, is fatal rather than guessed.
/// </summary>
public static class DelimiterSniffer
{
    private static readonly (byte Byte, string Name)[] s_candidates = [((byte)',', "','"), ((byte)';', "';'"), ((byte)'\t', "tab")];

    public static byte Detect(ReadOnlySpan<byte> bytes, string file)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        int[] counts = new int[s_candidates.Length];
        bool quoted = false;
        foreach (byte b in bytes)
        {
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (!quoted && b is (byte)'\r' or (byte)'\n')
            {
                break;
            }
            else if (!quoted)
            {
                int i = Array.FindIndex(s_candidates, c => c.Byte == b);
                if (i >= 0)
                {
                    counts[i]++;
                }
            }
        }

        int max = counts.Max();
        int[] best = [.. Enumerable.Range(0, counts.Length).Where(i => counts[i] == max)];
        if (max == 0)
        {
            throw new ImportFormatException(file, 1, "cannot tell the delimiter: the header line has no ',', ';' or tab");
        }

        if (best.Length > 1)
        {
            throw new ImportFormatException(file, 1,
                $"cannot tell the delimiter: the header line has as many {string.Join(" as ", best.Select(i => s_candidates[i].Name))}");
        }

        return s_candidates[best[0]].Byte;
    }
}
