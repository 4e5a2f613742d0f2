using Cadence.Composer.Contracts.Posts;

namespace Cadence.Scheduler.Features.Publishing;

/// <summary>The post as the Composer has it now, with the caption for the target's account.</summary>
internal sealed record PostSnapshot(PublishablePost Post, string Caption);
