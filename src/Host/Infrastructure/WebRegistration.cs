using Cadence.BuildingBlocks.Infrastructure;

namespace Cadence.Host.Infrastructure;

internal static class WebRegistration
{
    public const string AntiforgeryHeader = "RequestVerificationToken";

    public static IServiceCollection AddCadenceWeb(this IServiceCollection services)
    {
        services.AddRazorPages(pages =>
        {
            pages.Conventions.AllowAnonymousToAreaFolder("Identity", "/Account");
            pages.Conventions.AllowAnonymousToPage("/Error");
            pages.Conventions.AllowAnonymousToPage("/Status");
        });
        services.AddAntiforgery(antiforgery => antiforgery.HeaderName = AntiforgeryHeader);
        services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UseCadenceWeb(this WebApplication app)
    {
        app.UsePublicBaseUrl();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.UseWhen(IsApi, api => api.UseApiErrors());
        app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/Status", "?code={0}"));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseCurrentAgency();
        app.UseAuthorization();
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static WebApplication MapCadenceEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        app.MapRazorPages();
        return app;
    }
}
