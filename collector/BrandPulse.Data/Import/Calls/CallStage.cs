namespace BrandPulse.Data.Import.Calls;

/// <summary>
/// One stage of a call (voice menu, queue, service) as the log writes it: start and exit clock times and the duration
/// in seconds. <c>0:00:00</c> means "no time" only when the duration is zero too: a stage may really start at midnight.
/// </summary>
internal readonly record struct CallStage(int Start, int Exit, int Seconds)
{
    public bool Present => !(Start == 0 && Exit == 0 && Seconds == 0);

    /// <summary>Whether the exit clock time equals start plus duration (modulo a day: a stage may cross midnight).</summary>
    public bool Consistent =>
        ((((Exit - Start - Seconds) % ClockTime.SecondsPerDay) + ClockTime.SecondsPerDay) % ClockTime.SecondsPerDay) == 0;
}
