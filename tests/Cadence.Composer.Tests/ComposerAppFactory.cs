using Cadence.Testing;

namespace Cadence.Composer.Tests;

/// <summary>Cadence with a public media address, as an operator would configure it.</summary>
public sealed class ComposerAppFactory : CadenceAppFactory
{
    public const string MediaBaseUrl = "https://media.cadence.test";

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
        new Dictionary<string, string?> { ["Media:PublicBaseUrl"] = MediaBaseUrl };
}
