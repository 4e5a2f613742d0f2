using Cadence.Accounts.Data;
using Cadence.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Host.Tests.Security;

public sealed class DataProtectionKeysTests : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "cadence-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_secret_protected_by_one_host_is_read_by_another_sharing_only_the_database()
    {
        using var first = new SharedDatabaseFactory(_dataPath);
        using var second = new SharedDatabaseFactory(_dataPath);

        var protectedText = Protector(first).Protect("instagram-token");

        Assert.Equal("instagram-token", Protector(second).Unprotect(protectedText));
        using var scope = second.Services.CreateScope();
        var keysInDatabase = scope.ServiceProvider.GetRequiredService<AccountsDbContext>().DataProtectionKeys.Count();
        Assert.True(keysInDatabase > 0, "The keys must live in the database that the hosts share.");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    private static IDataProtector Protector(CadenceAppFactory app) =>
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("tests.shared-keys");

    private sealed class SharedDatabaseFactory(string dataPath) : CadenceAppFactory(dataPath, ownsData: false);
}
