namespace BrandPulse.Generator.Model;

/// <summary>
/// One complaint as a brand page lists it: no id, no handle, no text; the hour it was made, how long it waited, and its
/// public reference code (empty for a complaint stored without one) that a brand can quote in a correction.
/// </summary>
public sealed record CountedComplaint(string Hour, string Channel, double Minutes, string Outcome, string Reference = "");
