using System.Net;
using AngleSharp.Html.Dom;
using Cadence.Testing;

namespace Cadence.Accounts.Tests.Identity;

public sealed class TwoFactorTests(CadenceAppFactory app) : IClassFixture<CadenceAppFactory>
{
    private const string TwoFactorUrl = "/Identity/Account/Manage/TwoFactor";

    [Fact]
    public async Task Setting_up_an_authenticator_shows_its_key_as_text_and_qr_code_and_a_wrong_code_does_not_enable_it()
    {
        var owner = await app.CreateAgencyAsync();
        var client = await app.SignedInClientAsync(owner);

        var setup = await StartSetupAsync(client);
        using var wrong = await client.PostWithTokenAsync($"{TwoFactorUrl}?handler=Verify", HtmlForms.AntiforgeryToken(setup), [new("Code", "000000")]);

        var key = setup.QuerySelector("#authenticator-key")!.TextContent;
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", key);
        Assert.NotNull(setup.QuerySelector("[role=img] svg"));
        Assert.NotNull((await IdentityTestKit.PageAsync(wrong)).FieldError("Code"));
        var after = await client.GetDocumentAsync(TwoFactorUrl);
        Assert.Contains(after.QuerySelectorAll("button"), b => b.TextContent == "Set up authenticator app");
    }

    [Fact]
    public async Task With_two_factor_on_signing_in_asks_for_the_code_and_a_recovery_code_works_only_once()
    {
        var owner = await app.CreateAgencyAsync();
        var (key, recoveryCodes) = await EnableAsync(await app.SignedInClientAsync(owner));
        Assert.Equal(10, recoveryCodes.Count);

        var withCode = app.CreateAnonymousClient();
        using var password = await withCode.SignInAsync(owner.Email, owner.Password);
        var secondStep = password.Headers.Location!.OriginalString;
        Assert.StartsWith("/Identity/Account/SignInWith2fa", secondStep, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await withCode.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        using var badCode = await withCode.PostFormAsync(secondStep, [new("Input.Code", "123456")]);
        Assert.NotNull((await IdentityTestKit.PageAsync(badCode)).FieldError("Input.Code"));
        using var goodCode = await withCode.PostFormAsync(secondStep, [new("Input.Code", Code(key))]);
        Assert.Equal("/", goodCode.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await withCode.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        Assert.Equal("/", (await SignInWithRecoveryCodeAsync(owner, recoveryCodes[0])).Headers.Location?.OriginalString);
        using var reused = await SignInWithRecoveryCodeAsync(owner, recoveryCodes[0]);
        Assert.NotNull((await IdentityTestKit.PageAsync(reused)).FieldError("RecoveryCode"));
    }

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones_and_disabling_two_factor_signs_in_with_the_password_alone()
    {
        var owner = await app.CreateAgencyAsync();
        var client = await app.SignedInClientAsync(owner);
        var (_, oldCodes) = await EnableAsync(client);

        var enabled = await client.GetDocumentAsync(TwoFactorUrl);
        using var regenerated = await client.PostWithTokenAsync($"{TwoFactorUrl}?handler=RecoveryCodes", HtmlForms.AntiforgeryToken(enabled), []);
        var newCodes = RecoveryCodes(await IdentityTestKit.PageAsync(regenerated));
        using var oldCode = await SignInWithRecoveryCodeAsync(owner, oldCodes[0]);
        Assert.Equal(HttpStatusCode.OK, oldCode.StatusCode);
        Assert.Equal(10, newCodes.Count);
        Assert.Empty(newCodes.Intersect(oldCodes));

        using var disabled = await client.PostWithTokenAsync($"{TwoFactorUrl}?handler=Disable", HtmlForms.AntiforgeryToken(enabled), []);
        Assert.Equal(TwoFactorUrl, disabled.Headers.Location?.OriginalString);
        await app.SignedInClientAsync(owner);
    }

    private static string Code(string key) => IdentityTestKit.TotpCode(key, TimeProvider.System.GetUtcNow());

    private static async Task<IHtmlDocument> StartSetupAsync(HttpClient client)
    {
        var off = await client.GetDocumentAsync(TwoFactorUrl);
        using var started = await client.PostWithTokenAsync($"{TwoFactorUrl}?handler=Setup", HtmlForms.AntiforgeryToken(off), []);
        return await IdentityTestKit.PageAsync(started);
    }

    private static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnableAsync(HttpClient client)
    {
        var setup = await StartSetupAsync(client);
        var key = setup.QuerySelector("#authenticator-key")!.TextContent;
        using var verified = await client.PostWithTokenAsync($"{TwoFactorUrl}?handler=Verify", HtmlForms.AntiforgeryToken(setup), [new("Code", Code(key))]);
        return (key, RecoveryCodes(await IdentityTestKit.PageAsync(verified)));
    }

    private static List<string> RecoveryCodes(IHtmlDocument page) =>
        page.QuerySelectorAll(".recovery-codes code").Select(code => code.TextContent).ToList();

    private async Task<HttpResponseMessage> SignInWithRecoveryCodeAsync(TestMember member, string recoveryCode)
    {
        var client = app.CreateAnonymousClient();
        using var password = await client.SignInAsync(member.Email, member.Password);
        Assert.StartsWith("/Identity/Account/SignInWith2fa", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var secondStep = await client.GetDocumentAsync(password.Headers.Location!.OriginalString);
        var recoveryUrl = secondStep.QuerySelectorAll("a").Single(a => a.TextContent == "Use a recovery code").GetAttribute("href")!;
        return await client.PostFormAsync(recoveryUrl, [new("RecoveryCode", recoveryCode)]);
    }
}
