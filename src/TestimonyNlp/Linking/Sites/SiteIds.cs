using System.Security.Cryptography;
using System.Text;

namespace TestimonyNlp.Linking.Sites;

/// <summary>
/// Site ids: <c>s-</c> and the first 12 hex digits (48 bits) of the SHA-256 of the site's identity path in UTF-8.
/// The path is the country code, then one segment per level down to the site, each a tag and a folded name
/// (<c>IQ/g:ninivh/t:musul/n:thura</c>), so an id depends on what the site is and where, never on the order
/// mentions arrive in or on which testimonies were processed before.
/// </summary>
internal static class SiteIds
{
    /// <summary>The id of the site with identity path <paramref name="path"/>.</summary>
    public static string Of(string path)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(path), hash);
        return "s-" + Convert.ToHexStringLower(hash[..6]);
    }
}
