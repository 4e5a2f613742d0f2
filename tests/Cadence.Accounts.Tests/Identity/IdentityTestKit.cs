using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Security.Cryptography;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Cadence.BuildingBlocks.Infrastructure.Email;
using Cadence.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Accounts.Tests.Identity;

/// <summary>What the Identity tests do again and again: sign in through the form, read the mailbox, follow a link, compute a code.</summary>
internal static class IdentityTestKit
{
    public const string SignInUrl = "/Identity/Account/SignIn";

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password, string url = SignInUrl) =>
        client.PostFormAsync(url, [new("Input.Email", email), new("Input.Password", password), new("Input.RememberMe", "false")]);

    public static async Task<HttpClient> SignedInClientAsync(this CadenceAppFactory app, TestMember member)
    {
        var client = app.CreateAnonymousClient();
        using var response = await client.SignInAsync(member.Email, member.Password);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return client;
    }

    public static IReadOnlyList<StoredEmail> MailTo(this CadenceAppFactory app, string email, string subject) =>
        app.Services.GetRequiredService<MailboxFolder>().List().Where(m => m.To == email && m.Subject == subject).ToList();

    /// <summary>The path and query of the link with <paramref name="text"/>, checked to be absolute as a mail client needs.</summary>
    public static string LinkIn(StoredEmail mail, string text)
    {
        var body = new HtmlParser().ParseDocument(mail.HtmlBody);
        var href = body.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == text).GetAttribute("href")!;
        var uri = new Uri(href, UriKind.Absolute);
        return uri.PathAndQuery;
    }

    public static string? FieldError(this IHtmlDocument page, string field) =>
        page.QuerySelector($"span[data-valmsg-for='{field}']")?.TextContent.Trim() is { Length: > 0 } message ? message : null;

    public static string Summary(this IHtmlDocument page) =>
        page.QuerySelector(".validation-summary-errors")?.TextContent.Trim() ?? string.Empty;

    public static async Task<IHtmlDocument> PageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlForms.ParseAsync(response);
    }

    /// <summary>RFC 6238 as authenticator apps compute it: HMAC-SHA1 of the 30-second step, truncated to 6 digits.</summary>
    [SuppressMessage("Security", "CA5350", Justification = "Authenticator codes are HMAC-SHA1 by definition (RFC 6238); this computes what a phone app shows.")]
    public static string TotpCode(string formattedKey, DateTimeOffset now)
    {
        var key = Base32Decode(formattedKey.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant());
        var step = now.ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32Decode(string input)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var output = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in input.TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. output];
    }
}
