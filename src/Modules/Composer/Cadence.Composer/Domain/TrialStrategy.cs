namespace Cadence.Composer.Domain;

/// <summary>How a trial reel graduates to the account's followers: by hand, or when it performs well with non-followers.</summary>
internal enum TrialStrategy
{
    Manual,
    Performance,
}
