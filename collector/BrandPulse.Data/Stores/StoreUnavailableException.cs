namespace BrandPulse.Data.Stores;

/// <summary>The database server could not be reached or refused the connection; the message names it without a password.</summary>
public sealed class StoreUnavailableException(string message, Exception inner) : Exception(message, inner);
