namespace BrandPulse.Data.Import.Calls;

/// <summary>
/// One call of a call-centre log with its moments resolved to local date-times (midnight crossings included):
/// when it entered the voice menu, when it joined and left the queue for a human, when a human answered.
/// </summary>
internal sealed record CallCenterCall(
    int Line,
    long Record,
    string Key,
    string Outcome,
    string? CustomerId,
    DateTime Entry,
    DateTime? QueueStart,
    DateTime? QueueExit,
    DateTime? ServiceStart,
    bool CrossesMidnight)
{
    public const string Agent = "AGENT";
    public const string Hang = "HANG";
    public const string Phantom = "PHANTOM";
}
