namespace Cadence.Composer.Domain;

internal enum PostActivityKind
{
    Created,
    Edited,
    Duplicated,
    Submitted,
    Approved,
    ChangesRequested,
    ReturnedToReview,
    ClientApproved,
    ClientRequestedChanges,
    SentToClient,
}
