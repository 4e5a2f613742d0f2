using Cadence.BuildingBlocks.Authorization;
using Cadence.BuildingBlocks.Navigation;
using Cadence.Composer.Features.Approvals.Links;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer.Features.Approvals;

internal static class ApprovalsRegistration
{
    public static IServiceCollection AddApprovals(this IServiceCollection services)
    {
        services.AddScoped<ReviewPosts>();
        services.AddScoped<GetPostReview>();
        services.AddScoped<SubmitForReview>();
        services.AddScoped<ApprovePost>();
        services.AddScoped<RequestPostChanges>();
        services.AddScoped<ReviewQueue>();
        services.AddScoped<ApprovalSettings>();
        services.AddScoped<ListApprovalLinks>();
        services.AddScoped<GetClientLinks>();
        services.AddScoped<CreateApprovalLink>();
        services.AddScoped<RevokeApprovalLink>();
        services.AddScoped<LinkClients>();
        services.AddScoped<ApprovalLinks>();
        services.AddScoped<OpenApprovalLink>();
        services.AddScoped<DecideThroughLink>();
        services.AddSingleton(new NavigationItem("Review", "Composer", "/Review/Index", Order: 21, Permission.ViewContent));
        return services;
    }
}
