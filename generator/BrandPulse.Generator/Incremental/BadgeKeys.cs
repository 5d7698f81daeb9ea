using System.Security.Cryptography;
using System.Text;
using BrandPulse.Generator.Model;

namespace BrandPulse.Generator.Incremental;

/// <summary>
/// The key of a brand's badge (<see cref="KeptFiles"/>): a hash of the publication's part of the keys
/// (<see cref="BrandPageKeys.SiteKey"/>: the words, the methodology version, the language, the code), the brand's record,
/// and each of its channels with the digest of its figures (<see cref="BrandCacheFormat.ChannelDigests"/>): what the
/// badge says (the headline channel, its median wait, whether it is illustrative or selected because the brand
/// answered) is drawn from nothing else. Null when a channel's digest is not known (the badge is drawn).
/// </summary>
public static class BadgeKeys
{
    public static string? Of(string siteKey, BrandFigures brand, IReadOnlyDictionary<(long BrandId, string Channel), string> digests)
    {
        var text = new StringBuilder().Append(siteKey).Append('\n').Append(brand.Brand).Append('\n');
        foreach (ChannelFigures f in brand.Channels)
        {
            if (!digests.TryGetValue((brand.Brand.Id, f.Channel), out string? digest))
            {
                return null;
            }

            text.Append(f.Channel).Append('\t').Append(digest).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
