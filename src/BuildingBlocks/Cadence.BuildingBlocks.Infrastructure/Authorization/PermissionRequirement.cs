using Microsoft.AspNetCore.Authorization;

namespace Cadence.BuildingBlocks.Infrastructure.Authorization;

internal sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
