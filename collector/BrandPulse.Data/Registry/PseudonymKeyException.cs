namespace BrandPulse.Data.Registry;

/// <summary>The pseudonym key is missing, unreadable, or not the one the database was written with; nothing was written.</summary>
public sealed class PseudonymKeyException(string message) : Exception(message);
