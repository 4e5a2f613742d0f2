using System.Collections.Concurrent;
using Cadence.BuildingBlocks.Results;
using Cadence.Composer.Contracts.Posts;
using Cadence.Scheduler.Data;
using Cadence.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Benchmarks;

/// <summary>
/// The real Host (every module, one SQLite file, Quartz stopped so the benchmark fires the dispatcher as the job would) on
/// the wall clock, talking to the standalone sandbox; the Composer's snapshot comes from <see cref="Posts"/>.
/// </summary>
internal sealed class BenchHost(StandaloneSandbox sandbox) : CadenceAppFactory
{
    public BenchPosts Posts { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => new Dictionary<string, string?>
    {
        ["Instagram:AuthBaseUrl"] = sandbox.BaseUrl,
        ["Instagram:ApiBaseUrl"] = sandbox.BaseUrl,
        ["Instagram:GraphBaseUrl"] = sandbox.BaseUrl,
        ["Instagram:AppId"] = InstagramSandboxServer.AppId,
        ["Instagram:AppSecret"] = StandaloneSandbox.AppSecret,
        ["Instagram:RedirectUri"] = "http://localhost/instagram/callback",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseContentRoot(HostContentRoot());
        // A benchmark of lag measures wall time: the test factory's fake clock is replaced by the real one.
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<IPublishablePosts>(Posts);
        });
    }

    // The Host's project folder (its wwwroot and settings), found from the solution above the benchmark's output.
    private static string HostContentRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Monolith.sln")))
            {
                return Path.Combine(folder.FullName, "src", "Host");
            }
        }

        throw new InvalidOperationException("Run the benchmark from its build output inside the repository (Monolith.sln not found above it).");
    }
}

/// <summary>The Composer's snapshot, set by the benchmark (the real one is measured in the Composer's benchmarks).</summary>
internal sealed class BenchPosts : IPublishablePosts
{
    private readonly ConcurrentDictionary<(Guid AgencyId, Guid PostId), PublishablePost> _posts = new();

    public void Set(PublishablePost post) => _posts[(post.AgencyId, post.PostId)] = post;

    public Task<Result<PublishablePost>> GetAsync(Guid agencyId, Guid postId, CancellationToken cancellationToken) =>
        Task.FromResult(_posts.TryGetValue((agencyId, postId), out var post) ? Result.Success(post) : Result.Failure<PublishablePost>(Error.NotFound("Post")));
}
