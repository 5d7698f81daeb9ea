namespace BrandPulse.Data.Model;

/// <summary>
/// What identifies the state of one brand's complaints: its revision, a new random value in the transaction of every
/// write that changes them (see <c>Store.Revisions</c>). Equal revisions in one database, equal complaints.
/// </summary>
public sealed record BrandStamp(long BrandId, long Revision);
