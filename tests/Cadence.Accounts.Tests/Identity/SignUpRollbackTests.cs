using System.Net;
using Cadence.Accounts.Data;
using Cadence.BuildingBlocks.Email;
using Cadence.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Accounts.Tests.Identity;

/// <summary>The host of these tests cannot send mail, the last step of signing up.</summary>
public sealed class UnreachableMailAppFactory : CadenceAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IEmailSender, UnreachableMailServer>());
    }

    private sealed class UnreachableMailServer : IEmailSender
    {
        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
            throw new IOException("The mail server did not answer.");
    }
}

public sealed class SignUpRollbackTests(UnreachableMailAppFactory app) : IClassFixture<UnreachableMailAppFactory>
{
    [Fact]
    public async Task A_sign_up_whose_confirmation_email_cannot_be_sent_leaves_no_user_agency_or_membership_behind()
    {
        var client = app.CreateAnonymousClient();
        const string password = "a long enough password";

        using var response = await client.PostFormAsync("/Identity/Account/SignUp",
        [
            new("Input.AgencyName", "Half Saved"), new("Input.Name", "Hal"), new("Input.Email", "hal@example.test"),
            new("Input.Password", password), new("Input.ConfirmPassword", password),
        ]);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var counts = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AccountsDbContext>();
            return (await db.Users.CountAsync(), await db.Agencies.CountAsync(), await db.Memberships.IgnoreQueryFilters().CountAsync());
        });
        Assert.Equal((0, 0, 0), counts);
    }
}
