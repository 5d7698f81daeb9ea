namespace BrandPulse.Generator.Model;

/// <summary>One complaint as a brand page lists it: no id, no handle, no text; the hour it was made, how long it waited.</summary>
public sealed record CountedComplaint(string Hour, string Channel, double Minutes, string Outcome);
