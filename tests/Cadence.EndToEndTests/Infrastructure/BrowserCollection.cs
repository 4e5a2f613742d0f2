namespace Cadence.EndToEndTests.Infrastructure;

/// <summary>
/// Browser tests share one Chromium and one Host (each test makes its own agency and people, so they do not meet) and
/// run one after another: two cores gain nothing from more, and each Host start costs a second or two.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<CadenceServer>
{
    public const string Name = "Browser";
}
