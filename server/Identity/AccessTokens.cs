using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace OutlineAddin.Identity;

/// <summary>
/// Personal access tokens: 256 random bits, shown to their owner once. Only the SHA-256 of a token is
/// stored; with that much entropy a fast hash is enough, and it lets a request find its token in one lookup.
/// </summary>
public static class AccessTokens
{
    public const string Prefix = "oat_";

    public static string Generate() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
