using BrandPulse.Data.Registry;

namespace BrandPulse.Data.Operations;

/// <summary>
/// The keyed pseudonym each source stores for a person, rebuilt from what the person (or an organiser) can tell us.
/// These must stay the same as the importers' (tests import through the real parsers and then erase through these).
/// </summary>
public static class PersonKeys
{
    /// <summary>A handle on Twitter/X (live fetch, twcs <c>author_id</c>, IBM <c>client</c>) or Bluesky: the importers hash the handle itself.</summary>
    public static string Handle(Pseudonymizer pseudonymizer, string handle) => pseudonymizer.Of(handle);

    /// <summary>A call-centre customer (<c>import calls</c>): the brand as given to the import, and the log's customer id.</summary>
    public static string CallCentreCustomer(Pseudonymizer pseudonymizer, string brand, string customerId) =>
        pseudonymizer.Of($"phone:{brand.Trim()}:{customerId.Trim()}");

    /// <summary>A field volunteer (<c>import field</c>): the self-chosen name and the device id of the capture page's export.</summary>
    public static string Volunteer(Pseudonymizer pseudonymizer, string name, string deviceId) =>
        pseudonymizer.Of($"field-volunteer:{name.Trim()}\n{deviceId.Trim()}");
}
