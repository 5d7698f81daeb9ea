using System.Runtime.InteropServices;

namespace BrandPulse.Data.Manual;

/// <summary>
/// One accepted manual complaint, compact: its times, its line, its brand, channel and outcome as indexes into the
/// pooled strings of <see cref="ManualRows"/>, and its key as a span of the key characters.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct ManualRow(
    long ComplainedMs, long AnsweredMs, long UntilMs, int Line, int Brand, int Channel, int Outcome, long Key, int KeyLength)
{
    /// <summary>A time that is not there (not answered).</summary>
    public const long None = long.MinValue;
}
