namespace BrandPulse.Data.Import.Text;

/// <summary>
/// An input that cannot be read at all (wrong delimiter, wrong header, malformed JSON): nothing is imported.
/// The message starts with <c>file:line:</c> so a person can jump to the place.
/// </summary>
public sealed class ImportFormatException : Exception
{
    public ImportFormatException(string file, int line, string reason)
        : base($"{file}:{line}: {reason}")
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    public ImportFormatException(string file, int line, string reason, Exception inner)
        : base($"{file}:{line}: {reason}", inner)
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    /// <summary>The input's name as given in messages.</summary>
    public string File { get; }

    /// <summary>The physical line (1-based) where reading failed.</summary>
    public int Line { get; }

    /// <summary>Why, without the location.</summary>
    public string Reason { get; }
}
