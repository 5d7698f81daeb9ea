using System.Runtime.InteropServices;

namespace BrandPulse.Data.Import.Twcs;

/// <summary>
/// The tweets of one file as linking needs them, in compact form: rows in fixed-size chunks (no copy of the whole
/// table when it grows), reply ids and mention indexes in shared pools, brand handles and mentions interned, and
/// answer kinds and languages as one-byte codes. A tweet is its row number, in file order.
/// </summary>
internal sealed class TwcsTweetTable
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly List<TwcsTweetRow[]> _chunks = [];
    private readonly List<long> _responses = [];
    private readonly List<int> _mentions = [];
    private readonly Dictionary<string, int> _interned = new(StringComparer.Ordinal);
    private readonly List<string?> _codes = [null];
    private readonly Dictionary<string, byte> _codeOf = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    /// <summary>Authors (brand accounts interned; a conversation starter's own) and mentioned handles (interned).</summary>
    public List<string> Strings { get; } = [];

    public ref TwcsTweetRow this[int index] => ref _chunks[index >> ChunkBits][index & (ChunkSize - 1)];

    /// <summary>Adds a tweet and returns its row number. Only brand accounts' and conversation starters' authors are kept.</summary>
    public int Add(TwcsTweet tweet)
    {
        if ((Count & (ChunkSize - 1)) == 0)
        {
            _chunks.Add(new TwcsTweetRow[ChunkSize]);
        }

        int index = Count++;
        ref TwcsTweetRow row = ref this[index];
        row.Id = tweet.Id;
        row.CreatedAtMs = tweet.CreatedAtMs;
        row.HasParent = tweet.InResponseTo is not null;
        row.InResponseTo = tweet.InResponseTo ?? 0;
        row.Record = checked((int)tweet.Record);
        row.Line = tweet.Line;
        row.Inbound = tweet.Inbound;
        row.Author = !tweet.Inbound ? Intern(tweet.Author) : row.HasParent ? -1 : -2;
        if (row.Author == -2)
        {
            // A conversation starter's id: most are numbers, kept in the field a start leaves free; others as strings.
            if (TryNumber(tweet.Author, out long number))
            {
                row.InResponseTo = number;
            }
            else
            {
                row.Author = Append(tweet.Author);
            }
        }
        row.ResponsesStart = _responses.Count;
        _responses.AddRange(tweet.Responses);
        row.MentionsStart = _mentions.Count;
        foreach (string mention in tweet.Mentions)
        {
            _mentions.Add(Intern(mention));
        }

        return index;
    }

    /// <summary>The response_tweet_id values of row <paramref name="index"/>.</summary>
    public ReadOnlySpan<long> Responses(int index)
    {
        int start = this[index].ResponsesStart;
        int end = index + 1 < Count ? this[index + 1].ResponsesStart : _responses.Count;
        return CollectionsMarshal.AsSpan(_responses)[start..end];
    }

    /// <summary>The mentions of row <paramref name="index"/>, as indexes into <see cref="Strings"/>.</summary>
    public ReadOnlySpan<int> Mentions(int index)
    {
        int start = this[index].MentionsStart;
        int end = index + 1 < Count ? this[index + 1].MentionsStart : _mentions.Count;
        return CollectionsMarshal.AsSpan(_mentions)[start..end];
    }

    /// <summary>The author of a conversation start, as the file writes it: an index into <see cref="Strings"/>, or -1 and a number.</summary>
    public (int Author, long Number) StarterOf(int index)
    {
        ref TwcsTweetRow row = ref this[index];
        return row.Author == -2 ? (-1, row.InResponseTo) : (row.Author, 0);
    }

    /// <summary>The one-byte code of an answer kind or language (0 for null).</summary>
    public byte Code(string? value)
    {
        if (value is null)
        {
            return 0;
        }

        if (!_codeOf.TryGetValue(value, out byte code))
        {
            if (_codes.Count > byte.MaxValue)
            {
                throw new InvalidOperationException("more than 255 answer kinds and languages");
            }

            code = (byte)_codes.Count;
            _codes.Add(value);
            _codeOf[value] = code;
        }

        return code;
    }

    /// <summary>The value of a code from <see cref="Code"/>.</summary>
    public string? Decode(byte code) => _codes[code];

    /// <summary>The codes' values, for keeping once the table is dropped.</summary>
    public string?[] CodeValues() => [.. _codes];

    /// <summary>Whether <paramref name="value"/> is a number written the one way it prints back (digits, no leading zero).</summary>
    private static bool TryNumber(string value, out long number)
    {
        number = 0;
        if (value.Length is 0 or > 18 || (value[0] == '0' && value.Length > 1))
        {
            return false;
        }

        foreach (char c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return true;
    }

    private int Intern(string value)
    {
        if (!_interned.TryGetValue(value, out int index))
        {
            _interned[value] = index = Append(value);
        }

        return index;
    }

    private int Append(string value)
    {
        Strings.Add(value);
        return Strings.Count - 1;
    }
}
