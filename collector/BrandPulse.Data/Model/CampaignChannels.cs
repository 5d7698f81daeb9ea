namespace BrandPulse.Data.Model;

/// <summary>
/// The channels of a campaign's contact points and the stored channel each becomes. phone, email, webform and letter
/// are stored under the same names. A social post is stored under the platform it was posted on (twitter, bluesky,
/// facebook, ...), so it is measured beside the other complaints on that platform: the contact's address names it,
/// as <c>platform:handle</c> (<c>twitter:@AcmeHelp</c>) or as a profile URL (<c>https://x.com/AcmeHelp</c>).
/// </summary>
public static class CampaignChannels
{
    public const string Phone = "phone";
    public const string Email = "email";
    public const string WebForm = "webform";
    public const string Letter = "letter";
    public const string Social = "social";

    public static IReadOnlyList<string> All { get; } = [Phone, Email, WebForm, Letter, Social];

    /// <summary>Written channels: answered within 15 working days.</summary>
    public static bool IsWritten(string channel) => channel is Email or WebForm or Letter or Social;

    private static readonly (string Host, string Channel)[] s_hosts =
    [
        ("x.com", Channels.Twitter), ("twitter.com", Channels.Twitter), ("bsky.app", Channels.Bluesky),
        ("facebook.com", Channels.Facebook), ("instagram.com", Channels.Instagram),
    ];

    /// <summary>The stored channel of a contact point, or null (with why) when it cannot be told.</summary>
    public static string? StoredChannel(CampaignContact contact, out string why)
    {
        why = "";
        switch (contact.Channel)
        {
            case Phone: return Channels.Phone;
            case Email: return Channels.Email;
            case WebForm: return Channels.WebForm;
            case Letter: return Channels.Letter;
            case Social: break;
            default:
                why = $"unknown channel '{contact.Channel}': use one of {string.Join(", ", All)}";
                return null;
        }

        string address = contact.Address.Trim();
        if (Uri.TryCreate(address, UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https")
        {
            string host = uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host;
            foreach ((string h, string channel) in s_hosts)
            {
                if (host == h)
                {
                    return channel;
                }
            }

            if (host.Contains("mastodon", StringComparison.Ordinal) || uri.AbsolutePath.StartsWith("/@", StringComparison.Ordinal))
            {
                return Channels.Mastodon;
            }
        }
        else if (address.IndexOf(':') is > 0 and int colon && Channels.Normalize(address[..colon]) is { } platform && platform != Channels.Phone)
        {
            return platform;
        }

        why = $"a social contact's address must name its platform, as twitter:@Handle or a profile URL (https://x.com/Handle); got '{contact.Address}'";
        return null;
    }
}
