namespace BrandPulse.Generator.Site;

/// <summary>Where readers, complainants and brands write to (corrections, removal requests). Also in privacy.md.</summary>
public static class Contact
{
    public const string Email = "editors@brandpulse.example.org";
}
