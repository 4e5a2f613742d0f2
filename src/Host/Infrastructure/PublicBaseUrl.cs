namespace Cadence.Host.Infrastructure;

/// <summary>
/// With <c>App:PublicBaseUrl</c> set, every request is treated as arriving at that address, so the absolute links
/// Cadence emails (confirmation, password reset, invitations) can never be steered elsewhere by a forged Host header.
/// </summary>
internal static class PublicBaseUrl
{
    public static WebApplication UsePublicBaseUrl(this WebApplication app)
    {
        var configured = app.Configuration["App:PublicBaseUrl"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return app;
        }

        if (!Uri.TryCreate(configured, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https") || baseUrl.AbsolutePath != "/")
        {
            throw new InvalidOperationException($"App:PublicBaseUrl '{configured}' must be an absolute http(s) address with no path, such as https://cadence.example.com.");
        }

        var host = HostString.FromUriComponent(baseUrl.Authority);
        app.Use((context, next) =>
        {
            context.Request.Scheme = baseUrl.Scheme;
            context.Request.Host = host;
            return next(context);
        });
        return app;
    }
}
