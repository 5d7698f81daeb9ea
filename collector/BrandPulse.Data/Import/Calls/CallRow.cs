using System.Runtime.InteropServices;

namespace BrandPulse.Data.Import.Calls;

/// <summary>
/// One accepted call of a call log, compact (40 bytes): its times, its line, its brand as an index into the log's
/// brand names, and its key as a span of the log's key characters (<see cref="CallRows"/>).
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct CallRow(long StartedMs, long AnsweredMs, long AbandonedMs, int Line, int Brand, long Key, int KeyLength)
{
    /// <summary>A time that is not there (answered_at or abandoned_at left empty).</summary>
    public const long None = long.MinValue;
}
