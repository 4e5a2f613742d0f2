namespace Cadence.EndToEndTests.Infrastructure;

/// <summary>Browser tests share one Chromium and run one after another: two cores do not gain from more.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
