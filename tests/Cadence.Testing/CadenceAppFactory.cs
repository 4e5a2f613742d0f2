using Cadence.BuildingBlocks.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cadence.Testing;

/// <summary>
/// The real Host on a fresh SQLite file in its own folder, with time under the test's control and the Quartz
/// scheduler stopped (tests run jobs by hand). Requests carrying <see cref="TestAuthentication.UserHeader"/> are
/// signed in as that user; all others go through the real Identity cookie.
/// </summary>
public class CadenceAppFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsData;

    public CadenceAppFactory()
        : this(Path.Combine(Path.GetTempPath(), "cadence-tests", Guid.NewGuid().ToString("N")), ownsData: true)
    {
    }

    /// <summary>A host over an existing data folder, as after a restart; the folder is left for its owner to remove.</summary>
    protected CadenceAppFactory(string dataPath, bool ownsData)
    {
        DataPath = dataPath;
        _ownsData = ownsData;
        Directory.CreateDirectory(DataPath);
    }

    public string DataPath { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The environment the Host runs in; Development serves the mailbox page and demo data is off either way.</summary>
    protected virtual string EnvironmentName => "Testing";

    protected virtual bool JobsEnabled => false;

    /// <summary>More Host settings, applied after (and so over) the ones every test host gets.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Data:Path", DataPath);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(DataPath, "cadence.db")}");
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Jobs:Enabled", JobsEnabled ? "true" : "false");
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, TestAuthentication>(TestAuthentication.SchemeName, _ => { });
            services.PostConfigure<AuthenticationOptions>(options =>
            {
                options.DefaultScheme = TestAuthentication.SelectorScheme;
                options.DefaultAuthenticateScheme = TestAuthentication.SelectorScheme;
            });
            services.AddAuthentication().AddPolicyScheme(TestAuthentication.SelectorScheme, null, selector =>
                selector.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(TestAuthentication.UserHeader) ? TestAuthentication.SchemeName : IdentityConstants.ApplicationScheme);
        });
    }

    /// <summary>A client signed in as <paramref name="userId"/>, acting in <paramref name="agencyId"/> when given.</summary>
    public HttpClient CreateClientFor(Guid userId, Guid? agencyId = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestAuthentication.UserHeader, userId.ToString());
        if (agencyId is { } agency)
        {
            client.DefaultRequestHeaders.Add("Cookie", $"{AgencySelection.CookieName}={agency}");
        }

        return client;
    }

    /// <summary>A client with no sign-in that keeps cookies, as a browser would.</summary>
    public HttpClient CreateAnonymousClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsData && Directory.Exists(DataPath))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataPath, recursive: true);
            }
            catch (IOException exception)
            {
                Console.Error.WriteLine($"Could not remove test data folder {DataPath}: {exception.Message}");
            }
        }
    }
}
