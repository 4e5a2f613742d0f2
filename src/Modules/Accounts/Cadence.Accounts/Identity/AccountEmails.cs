using System.Text;
using System.Text.Encodings.Web;
using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Cadence.Accounts.Identity;

/// <summary>The two messages Identity needs: confirm an address, reset a password. Tokens travel Base64Url-encoded.</summary>
internal sealed class AccountEmails(UserManager<CadenceUser> users, IEmailSender sender, AccountLinks links)
{
    public const string ConfirmSubject = "Confirm your email for Cadence";
    public const string ResetSubject = "Reset your Cadence password";

    public async Task SendConfirmationAsync(CadenceUser user, CancellationToken cancellationToken)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = links.ConfirmEmail(user.Id, Encode(token));
        var body = Body(user, "Welcome to Cadence. Confirm your email address to finish creating your account.", link, "Confirm my email",
            "If you did not sign up for Cadence, ignore this email.");
        await sender.SendAsync(new EmailMessage(user.Email!, ConfirmSubject, body), cancellationToken);
    }

    public async Task SendPasswordResetAsync(CadenceUser user, CancellationToken cancellationToken)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = links.ResetPassword(user.Email!, Encode(token));
        var body = Body(user, "Someone asked to reset the password of your Cadence account. The link works once and expires in a day.", link,
            "Reset my password", "If it was not you, ignore this email: your password stays as it is.");
        await sender.SendAsync(new EmailMessage(user.Email!, ResetSubject, body), cancellationToken);
    }

    /// <summary>Reads a token back from a link; a mangled link is simply not a token.</summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private static string Body(CadenceUser user, string intro, string link, string linkText, string footer)
    {
        var html = HtmlEncoder.Default;
        return $"""
            <p>Hello {html.Encode(user.DisplayName)},</p>
            <p>{html.Encode(intro)}</p>
            <p><a href="{html.Encode(link)}">{html.Encode(linkText)}</a></p>
            <p>{html.Encode(footer)}</p>
            """;
    }
}
