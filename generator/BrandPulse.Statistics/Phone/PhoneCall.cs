namespace BrandPulse.Statistics;

/// <summary>
/// One call that wanted a person: <paramref name="Seconds"/> from the moment the brand's line connected (menu or
/// person) to the outcome. For <see cref="PhoneOutcome.BusyNoAnswer"/> the seconds are ignored: such a call
/// never connected and counts at t = 0 (<see cref="Time"/>).
/// </summary>
public readonly record struct PhoneCall(double Seconds, PhoneOutcome Outcome)
{
    /// <summary>The time used by the statistics: 0 for busy or no answer, otherwise <see cref="Seconds"/>.</summary>
    public double Time => Outcome == PhoneOutcome.BusyNoAnswer ? 0.0 : Seconds;

    /// <summary>True for the outcomes that compete with reaching a person.</summary>
    public bool IsCompeting => Outcome is PhoneOutcome.Abandoned or PhoneOutcome.CutOff
        or PhoneOutcome.NoPersonOffered or PhoneOutcome.BusyNoAnswer;

    internal static PhoneCall Validated(PhoneCall call)
    {
        if (!Enum.IsDefined(call.Outcome))
        {
            throw new ArgumentException($"Unknown phone outcome {(int)call.Outcome}.", nameof(call));
        }

        if (call.Outcome != PhoneOutcome.BusyNoAnswer && (!double.IsFinite(call.Seconds) || call.Seconds < 0))
        {
            throw new ArgumentException(
                $"Call seconds must be finite and not negative, got {call.Seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} ({call.Outcome}).",
                nameof(call));
        }

        return call;
    }
}
