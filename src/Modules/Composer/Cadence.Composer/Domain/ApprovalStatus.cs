namespace Cadence.Composer.Domain;

internal enum ApprovalStatus
{
    Draft,
    InReview,
    Approved,
    ChangesRequested,
}
