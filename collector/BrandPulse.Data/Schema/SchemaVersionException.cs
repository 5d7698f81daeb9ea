namespace BrandPulse.Data.Schema;

/// <summary>The database was written by a schema this program does not know.</summary>
public sealed class SchemaVersionException(string message) : Exception(message);
