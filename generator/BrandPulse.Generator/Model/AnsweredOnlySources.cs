namespace BrandPulse.Generator.Model;

/// <summary>
/// Sources whose conversations were selected because the brand answered them (their answer rate says nothing), as the
/// collector recorded them at import (<see cref="BrandPulse.Data.Model.Snapshot.DataSets"/>): never a list in the code.
/// </summary>
public static class AnsweredOnlySources
{
    /// <summary>The selected sources, by name.</summary>
    public static IReadOnlySet<string> Of(IReadOnlyDictionary<string, bool> dataSets) =>
        new HashSet<string>(dataSets.Where(d => d.Value).Select(d => d.Key), StringComparer.Ordinal);

    /// <summary>The selected sources as one text (ordinal order), for cache keys: a change of selection changes it.</summary>
    public static string Key(IReadOnlyDictionary<string, bool> dataSets) =>
        string.Join(',', dataSets.Where(d => d.Value).Select(d => d.Key).Order(StringComparer.Ordinal));
}
