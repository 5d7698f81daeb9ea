namespace BrandPulse.Data.Model;

/// <summary>
/// Channels are open-ended names from a known list, not a schema change each. <c>twitter</c> is canonical for X.
/// </summary>
public static class Channels
{
    public const string Twitter = "twitter";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Chat = "chat";
    public const string Facebook = "facebook";
    public const string Instagram = "instagram";
    public const string Bluesky = "bluesky";
    public const string Mastodon = "mastodon";
    public const string Whatsapp = "whatsapp";
    public const string Sms = "sms";
    public const string WebForm = "webform";
    public const string InPerson = "in-person";
    public const string Letter = "letter";

    public static IReadOnlyList<string> Known { get; } =
        [Twitter, Phone, Email, Chat, Facebook, Instagram, Bluesky, Mastodon, Whatsapp, Sms, WebForm, InPerson, Letter];

    private static readonly Dictionary<string, string> s_aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["x"] = Twitter,
        ["x.com"] = Twitter,
        ["twitter/x"] = Twitter,
        ["x/twitter"] = Twitter,
        ["tweet"] = Twitter,
        ["telephone"] = Phone,
        ["call"] = Phone,
        ["e-mail"] = Email,
        ["mail"] = Email,
        ["live chat"] = Chat,
        ["livechat"] = Chat,
        ["bsky"] = Bluesky,
        ["web form"] = WebForm,
        ["form"] = WebForm,
        ["post"] = Letter,
    };

    /// <summary>The canonical name of a channel, or null when it is not one BrandPulse knows.</summary>
    public static string? Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        string trimmed = name.Trim();
        if (s_aliases.TryGetValue(trimmed, out string? alias))
        {
            return alias;
        }

        string lower = trimmed.ToLowerInvariant();
        return Known.Contains(lower) ? lower : null;
    }

    /// <summary>How a channel is written for readers.</summary>
    public static string DisplayName(string channel) => channel switch
    {
        Twitter => "Twitter/X",
        Phone => "Phone",
        Email => "Email",
        Chat => "Chat",
        Facebook => "Facebook",
        Instagram => "Instagram",
        Bluesky => "Bluesky",
        Mastodon => "Mastodon",
        Whatsapp => "WhatsApp",
        Sms => "SMS",
        WebForm => "Web form",
        InPerson => "In person",
        Letter => "Letter",
        _ => channel,
    };

    public static string AllowedList => string.Join(", ", Known);
}
