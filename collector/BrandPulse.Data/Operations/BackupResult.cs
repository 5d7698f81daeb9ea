namespace BrandPulse.Data.Operations;

/// <summary>What a backup holds: where it is, its schema version, complaints, brands and size.</summary>
public sealed record BackupResult(string Path, long SchemaVersion, long Complaints, long Brands, long Bytes);
