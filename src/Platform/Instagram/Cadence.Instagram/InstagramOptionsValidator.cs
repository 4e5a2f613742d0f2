using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Cadence.Instagram;

internal sealed partial class InstagramOptionsValidator : IValidateOptions<InstagramOptions>
{
    public ValidateOptionsResult Validate(string? name, InstagramOptions options)
    {
        var failures = new List<string>();
        RequireHttpUrl(failures, nameof(options.AuthBaseUrl), options.AuthBaseUrl);
        RequireHttpUrl(failures, nameof(options.ApiBaseUrl), options.ApiBaseUrl);
        RequireHttpUrl(failures, nameof(options.GraphBaseUrl), options.GraphBaseUrl);
        if (!VersionPattern().IsMatch(options.ApiVersion ?? string.Empty))
        {
            failures.Add($"Instagram:ApiVersion must look like v25.0 (was '{options.ApiVersion}').");
        }

        if (!string.IsNullOrEmpty(options.RedirectUri))
        {
            RequireHttpUrl(failures, nameof(options.RedirectUri), options.RedirectUri);
        }

        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add("Instagram:MaxRetryAttempts must be between 0 and 10.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.AttemptTimeout <= TimeSpan.Zero)
        {
            failures.Add("Instagram:RetryBaseDelay must not be negative and Instagram:AttemptTimeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireHttpUrl(List<string> failures, string key, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"Instagram:{key} must be an absolute http(s) URL (was '{value}').");
        }
    }

    [GeneratedRegex(@"^v\d+\.\d+$")]
    private static partial Regex VersionPattern();
}
