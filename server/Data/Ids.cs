using System.Buffers.Text;
using System.Security.Cryptography;

namespace OutlineAddin.Data;

/// <summary>The ids of stored rows (users, teams, templates, styles, tokens): 96 random bits, base64url, 16 characters.</summary>
/// <remarks>Random rather than sequential so that an id says nothing about how many others exist, and cannot be guessed.</remarks>
public static class Ids
{
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));
}
