using Cadence.Scheduler.Features.Outcomes;

namespace Cadence.Scheduler.Areas.Scheduler.Pages.Posts;

/// <summary>What the outcomes fragment shows: the accounts, whether the viewer may retry, where to fix the post, and why a retry was refused.</summary>
internal sealed record OutcomesPanel(PostOutcomesView View, bool CanEdit, string EditUrl, IReadOnlyList<string> Errors);
