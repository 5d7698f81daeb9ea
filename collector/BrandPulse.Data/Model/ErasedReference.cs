namespace BrandPulse.Data.Model;

/// <summary>
/// The public reference code of an erased complaint and the UTC day (<c>YYYY-MM-DD</c>) it was erased: what the
/// generator needs to take the complaint's row out of published editions' per-complaint downloads.
/// </summary>
public sealed record ErasedReference(string Reference, string ErasedOn);
