using Cadence.Accounts.Domain;

namespace Cadence.Accounts.Features.Invitations;

internal sealed record JoinedAgency(Guid AgencyId, string AgencyName, bool WasAlreadyMember);

internal sealed record NewMember(CadenceUser User, JoinedAgency Agency);
