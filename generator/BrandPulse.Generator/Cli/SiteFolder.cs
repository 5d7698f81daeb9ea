namespace BrandPulse.Generator.Cli;

/// <summary>Finds the site/ folder (theme and content): beside the working directory, else in this program's checkout.</summary>
public static class SiteFolder
{
    public static string Locate()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "site");
                if (Directory.Exists(Path.Combine(candidate, "theme")) && Directory.Exists(Path.Combine(candidate, "content")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("cannot find the site/ folder (theme and content); pass --site DIR");
    }
}
