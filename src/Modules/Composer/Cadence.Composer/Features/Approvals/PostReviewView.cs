using Cadence.Accounts.Contracts.Clients;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Approvals.Links;
using Cadence.Composer.Features.Posts;
using Cadence.Composer.Features.Validation;

namespace Cadence.Composer.Features.Approvals;

/// <summary>Everything the review page shows of one post, and what the current member may do to it.</summary>
internal sealed record PostReviewView(
    Post Post,
    ClientSummary Client,
    ApprovalPolicy Policy,
    PostPreview Preview,
    IReadOnlyList<RuleViolation> Problems,
    IReadOnlyList<ActivityLine> Activity,
    IReadOnlyList<ApprovalLinkLine> Links,
    bool CanSubmit,
    bool CanApprove,
    bool CanRequestChanges,
    bool CanSendToClient,
    string NextStep);
