using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Validation;

/// <summary>Stands in until the full rule set is registered: a post needs an account and media. Replaced at merge.</summary>
internal sealed class InterimPostValidator : IPostValidator
{
    public Task<IReadOnlyList<RuleViolation>> ValidateAsync(Post post, CancellationToken cancellationToken)
    {
        var problems = new List<RuleViolation>();
        if (post.Accounts.Count == 0)
        {
            problems.Add(new RuleViolation(PostFields.Accounts, "Choose at least one Instagram account to publish to."));
        }

        if (post.Items.Count == 0)
        {
            problems.Add(new RuleViolation(PostFields.Items, "Add an image or video."));
        }

        return Task.FromResult<IReadOnlyList<RuleViolation>>(problems);
    }
}
