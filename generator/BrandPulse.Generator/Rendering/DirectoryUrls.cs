namespace BrandPulse.Generator.Rendering;

/// <summary>
/// Internal links as directory URLs: <c>brands/apple/</c>, not <c>brands/apple/index.html</c>, so the address bar
/// matches the canonical URL. Applied once to every rendered page, so templates may keep naming the file they link to.
/// </summary>
public static class DirectoryUrls
{
    private const string Index = "index.html\"";

    /// <summary>
    /// Rewrites, in place, every quoted value ending in <c>index.html</c> (an <c>href</c> or <c>action</c>):
    /// <c>"…/index.html"</c> becomes <c>"…/"</c> and <c>"index.html"</c> becomes <c>"./"</c>. Returns the new length.
    /// </summary>
    public static int Rewrite(Span<char> text)
    {
        int write = 0;
        int read = 0;
        while (read < text.Length)
        {
            int found = text[read..].IndexOf(Index.AsSpan());
            if (found < 0)
            {
                text[read..].CopyTo(text[write..]);
                write += text.Length - read;
                break;
            }

            int at = read + found;
            text[read..at].CopyTo(text[write..]);
            write += at - read;
            char before = at > 0 ? text[at - 1] : '\0';
            if (before == '/')
            {
                text[write++] = '"';
            }
            else if (before == '"')
            {
                "./\"".AsSpan().CopyTo(text[write..]);
                write += 3;
            }
            else
            {
                Index.AsSpan().CopyTo(text[write..]);
                write += Index.Length;
            }

            read = at + Index.Length;
        }

        return write;
    }
}
