namespace BrandPulse.Data.Import.Ibm;

/// <summary>A conversation that cannot be imported: which field (a JSON path inside it) and why.</summary>
internal sealed class IbmFieldException(string field, string reason) : Exception(reason)
{
    public string Field { get; } = field;
}
