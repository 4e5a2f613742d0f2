using Cadence.BuildingBlocks.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Data;

// One subclass per provider, so each carries its own migrations.
internal sealed class AccountsSqliteDbContext(DbContextOptions<AccountsSqliteDbContext> options, ICurrentAgency agency) : AccountsDbContext(options, agency);

internal sealed class AccountsSqlServerDbContext(DbContextOptions<AccountsSqlServerDbContext> options, ICurrentAgency agency) : AccountsDbContext(options, agency);
