namespace BrandPulse.Generator.Publishing;

/// <summary>An edition was asked for that is already published: editions never change.</summary>
public sealed class EditionExistsException(string message) : Exception(message);
