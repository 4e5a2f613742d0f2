using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cadence.Host.Tests.Persistence;

public sealed class MigrationTests
{
    [Fact]
    public void Every_module_has_a_context_for_each_provider()
    {
        var names = ModuleContexts.Factories().Select(type => type.Name).ToList();

        foreach (var module in new[] { "Accounts", "Composer", "Scheduler", "Engagement", "Analytics", "Billing" })
        {
            Assert.Contains($"{module}SqliteDesignTimeFactory", names);
            Assert.Contains($"{module}SqlServerDesignTimeFactory", names);
        }
    }

    [Theory]
    [MemberData(nameof(ModuleContexts.FactoryNames), MemberType = typeof(ModuleContexts))]
    public void The_model_has_no_changes_left_without_a_migration(string factory)
    {
        using var context = ModuleContexts.Create(factory);

        Assert.True(context.Database.GetMigrations().Any(), $"{context.GetType().Name} has no migrations.");
        Assert.False(context.Database.HasPendingModelChanges(), $"{context.GetType().Name} has model changes without a migration: run build/add-migration.sh.");
    }

    [Theory]
    [MemberData(nameof(ModuleContexts.FactoryNames), MemberType = typeof(ModuleContexts))]
    public void Tables_live_in_the_module_schema_on_SQL_Server_and_carry_the_module_prefix_on_SQLite(string factory)
    {
        using var context = ModuleContexts.Create(factory);
        var module = ModuleContexts.ModuleOf(context);

        foreach (var entity in context.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            if (context.Database.IsSqlServer())
            {
                Assert.Equal(module, entity.GetSchema());
            }
            else
            {
                Assert.StartsWith($"{module}_", entity.GetTableName(), StringComparison.Ordinal);
                Assert.All(entity.GetIndexes(), index => Assert.StartsWith($"{module}_", index.GetDatabaseName(), StringComparison.Ordinal));
            }
        }
    }

    [Theory]
    [MemberData(nameof(ModuleContexts.SqlServerFactoryNames), MemberType = typeof(ModuleContexts))]
    public void The_idempotent_SQL_Server_script_generates_schema_qualified(string factory)
    {
        using var context = ModuleContexts.Create(factory);
        var module = ModuleContexts.ModuleOf(context);
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains($"CREATE TABLE [{module}].[OutboxMessages]", script, StringComparison.Ordinal);
        Assert.Contains($"[{module}].[__EFMigrationsHistory]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }
}
