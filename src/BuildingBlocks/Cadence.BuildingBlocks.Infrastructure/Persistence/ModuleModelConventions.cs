using System.Linq.Expressions;
using Cadence.BuildingBlocks.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Cadence.BuildingBlocks.Infrastructure.Persistence;

public static class ModuleModelConventions
{
    /// <summary>
    /// Ends every module's <c>OnModelCreating</c>: the module's schema on SQL Server, module-prefixed table and index
    /// names on SQLite (which ignores schemas and keeps index names database-wide), UTC instants, the outbox and inbox,
    /// and the agency filter on every agency-owned row.
    /// </summary>
    public static void ApplyModuleConventions<TContext>(this ModelBuilder modelBuilder, TContext context, string module, Expression<Func<TContext, Guid?>> currentAgency)
        where TContext : DbContext
    {
        modelBuilder.Entity<OutboxMessage>().ToTable("OutboxMessages").HasIndex(m => new { m.ProcessedAtUtc, m.OccurredAtUtc });
        modelBuilder.Entity<InboxMessage>().ToTable("InboxMessages").HasKey(m => new { m.EventId, m.Handler });

        var isSqlite = context.Database.IsSqlite();
        if (!isSqlite)
        {
            modelBuilder.HasDefaultSchema(module);
        }

        var utc = new UtcDateTimeConverter();
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            if (isSqlite)
            {
                foreach (var index in entity.GetIndexes())
                {
                    index.SetDatabaseName($"{module}_{index.GetDatabaseName()}");
                }

                entity.SetTableName($"{module}_{entity.GetTableName()}");
            }

            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(DateTime) || p.ClrType == typeof(DateTime?)))
            {
                property.SetValueConverter(utc);
            }

            if (typeof(IAgencyOwned).IsAssignableFrom(entity.ClrType) && entity.BaseType is null)
            {
                entity.SetQueryFilter(AgencyFilter(entity.ClrType, context, currentAgency));
            }
        }
    }

    private static LambdaExpression AgencyFilter<TContext>(Type entityType, TContext context, Expression<Func<TContext, Guid?>> currentAgency)
    {
        var row = Expression.Parameter(entityType, "row");
        var agencyOfRow = Expression.Convert(Expression.Property(row, nameof(IAgencyOwned.AgencyId)), typeof(Guid?));
        var agencyNow = new ReplaceParameter(currentAgency.Parameters[0], Expression.Constant(context)).Visit(currentAgency.Body);
        return Expression.Lambda(Expression.Equal(agencyOfRow, agencyNow), row);
    }

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
