namespace Cadence.Accounts.Features.Clients;

internal enum ClientStatusFilter
{
    Active,
    Archived,
    All,
}
