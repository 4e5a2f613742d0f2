using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.AspNetCore.Authorization;

namespace Cadence.BuildingBlocks.Infrastructure.Authorization;

/// <summary>Grants a permission when the member's role in the current agency holds it.</summary>
internal sealed class PermissionHandler(ICurrentAgency current) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (current.Role is { } role && RolePermissions.Grants(role, requirement.Permission))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
