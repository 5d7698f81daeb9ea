using BrandPulse.Testing;

namespace BrandPulse.Data.Tests.Import;

/// <summary>The real data sets in <c>../shared/data/</c> beside the repository, and the checkout (see <see cref="RepoPaths"/>).</summary>
internal static class SharedData
{
    public static string Path(string fileName) => RepoPaths.Shared(fileName);

    public static string RepoRoot() => RepoPaths.Root;
}
