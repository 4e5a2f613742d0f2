using System.Text;
using Cadence.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace Cadence.Accounts.Identity;

/// <summary>What a person needs to add Cadence to an authenticator app: the shared key, readable, and as a QR code.</summary>
internal sealed record AuthenticatorKey(string FormattedKey, string QrCodeSvg);

internal sealed class AuthenticatorSetup(UserManager<CadenceUser> users)
{
    public const string Issuer = "Cadence";
    public const int RecoveryCodeCount = 10;

    /// <summary>The user's key, made on first use; 2FA stays off until a code from the app proves the key was added.</summary>
    public async Task<AuthenticatorKey> GetOrCreateKeyAsync(CadenceUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user)
                ?? throw new InvalidOperationException("Identity made no authenticator key.");
        }

        return new AuthenticatorKey(Format(key), QrCode(OtpAuthUri(user.Email!, key)));
    }

    public static string OtpAuthUri(string email, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    /// <summary>Lower case in groups of four, as authenticator apps show keys typed in by hand.</summary>
    public static string Format(string key)
    {
        var formatted = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            formatted.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return formatted.ToString().TrimEnd().ToLowerInvariant();
    }

    /// <summary>A code typed with spaces or dashes, as apps display it, is still the same code.</summary>
    public static string NormalizeCode(string code) =>
        code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);

    private static string QrCode(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.WidthHeightAttribute);
    }
}
