using BenchmarkDotNet.Attributes;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Validation;

namespace Cadence.Composer.Benchmarks;

/// <summary>The rule set runs on every autosave and live preview: a full ten-slide carousel with a full caption.</summary>
[MemoryDiagnoser]
public class PostRulesBenchmark
{
    private Post _post = null!;
    private readonly Dictionary<Guid, MediaAsset> _assets = [];

    [GlobalSetup]
    public void Setup()
    {
        var words = string.Join(' ', Enumerable.Range(0, 300).Select(i => i % 20 == 0 ? $"#tag{i}" : i % 30 == 1 ? $"@friend{i}" : "coffee☕"));
        _post = new Post { AgencyId = Guid.NewGuid(), ClientId = Guid.NewGuid(), Format = PostFormat.Carousel, Caption = words[..2200] };
        _post.Accounts.Add(new PostAccount { InstagramAccountId = Guid.NewGuid(), CaptionOverride = words[..1800] });
        for (var i = 0; i < 10; i++)
        {
            var asset = new MediaAsset
            {
                FileName = $"slide-{i}.jpg",
                Kind = MediaKind.Image,
                SourceFormat = "jpeg",
                OriginalKey = "o",
                PublishKey = "p",
                PublishContentType = "image/jpeg",
                PublishSizeBytes = 900_000,
                Width = 1080,
                Height = 1350,
            };
            _assets[asset.Id] = asset;
            _post.Items.Add(new PostItem { Position = i, MediaAssetId = asset.Id, AltText = "A cup of coffee", UserTags = [new UserTag("harbourcoffee", 0.5, 0.5)] });
        }
    }

    [Benchmark(Description = "10-slide carousel, 2,200-character caption")]
    public int Check() => PostRules.Check(_post, _assets).Count;
}
