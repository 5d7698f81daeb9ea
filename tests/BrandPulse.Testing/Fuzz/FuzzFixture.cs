namespace BrandPulse.Testing.Fuzz;

/// <summary>
/// One generated input file and what an importer must make of it: how many complaints it holds, which physical lines
/// must be reported as rejected, or whether the whole file must be refused (exit 1) with a message matching a pattern.
/// </summary>
/// <param name="Name">The file name (also the catalogue's fixture name, e.g. <c>ok_crlf.csv</c>).</param>
/// <param name="Complaints">Complaints a correct import stores; null when the file is refused as a whole.</param>
/// <param name="RejectedLines">Physical lines (1-based) that must appear as rejected in the report.</param>
/// <param name="FatalPattern">For a refused file: a regular expression the one-line error must match.</param>
/// <param name="SameAs">The fixture whose database this one must reproduce exactly (line-ending and header variants).</param>
public sealed record FuzzFixture(
    string Name,
    byte[] Bytes,
    int? Complaints,
    IReadOnlyList<int> RejectedLines,
    string? FatalPattern = null,
    string? SameAs = null)
{
    /// <summary>How many fewer complaints are also right (a record whose policy is "rejected or cleaned").</summary>
    public int Tolerance { get; init; }

    public bool IsFatal => FatalPattern is not null;

    public string WriteTo(string folder)
    {
        string path = Path.Combine(folder, Name);
        File.WriteAllBytes(path, Bytes);
        return path;
    }

    public override string ToString() => Name;
}
