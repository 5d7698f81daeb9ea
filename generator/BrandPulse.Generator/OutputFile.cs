namespace BrandPulse.Generator;

/// <summary>One file of the built site: its path relative to the site root (with '/') and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Bytes);
