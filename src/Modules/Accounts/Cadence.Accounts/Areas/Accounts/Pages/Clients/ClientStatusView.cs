using Cadence.Accounts.Features.Clients;

namespace Cadence.Accounts.Areas.Accounts.Pages.Clients;

internal sealed record ClientStatusView(ClientDetails Client, bool CanManage);
