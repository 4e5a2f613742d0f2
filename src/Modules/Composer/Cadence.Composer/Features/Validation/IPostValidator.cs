using Cadence.Composer.Domain;

namespace Cadence.Composer.Features.Validation;

/// <summary>
/// The one rule set for what Instagram would refuse, used by the editor, submission, the Scheduler's snapshot and the
/// public API. The post must be loaded with its items and accounts; the validator reads the media facts it needs.
/// </summary>
internal interface IPostValidator
{
    Task<IReadOnlyList<RuleViolation>> ValidateAsync(Post post, CancellationToken cancellationToken);
}
