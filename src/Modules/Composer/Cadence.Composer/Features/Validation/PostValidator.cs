using Cadence.Composer.Data;
using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Validation;

/// <summary>Loads the library files a post uses and applies <see cref="PostRules"/>.</summary>
internal sealed class PostValidator(ComposerDbContext db) : IPostValidator
{
    public async Task<IReadOnlyList<RuleViolation>> ValidateAsync(Post post, CancellationToken cancellationToken) =>
        PostRules.Check(post, await PostAssets.LoadAsync(db, post, cancellationToken));
}
