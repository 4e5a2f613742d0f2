namespace Cadence.Composer.Features.Media.Import;

internal sealed class ImportOptions
{
    public const string Section = "Media:Import";

    /// <summary>How long one import may take, redirects and download included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    public int MaxRedirects { get; set; } = 3;

    /// <summary>
    /// Address ranges (CIDR) an operator trusts although they are not public, such as an internal asset server. Empty
    /// by default: imports reach public addresses only.
    /// </summary>
    public string[] AllowedAddresses { get; set; } = [];
}
