using Cadence.Accounts.Contracts.Clients;
using Cadence.Composer.Features.HashtagGroups;

namespace Cadence.Composer.Areas.Composer.Pages.HashtagGroups;

/// <summary>One client's groups as the <c>_Groups</c> fragment shows them; no client when the member has none.</summary>
internal sealed record HashtagGroupsPanel(ClientSummary? Client, IReadOnlyList<HashtagGroupView> Groups, bool CanEdit);
