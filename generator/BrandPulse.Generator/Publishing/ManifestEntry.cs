namespace BrandPulse.Generator.Publishing;

/// <summary>What the manifest knows of a published file: the hash of its bytes, its length and modification time.</summary>
public sealed record ManifestEntry(string Hash, long Length, long ModifiedTicks);
