namespace Cadence.Composer.Features.Validation;

/// <summary>Something Instagram would refuse, on a named part of the post, said with what to do about it.</summary>
internal sealed record RuleViolation(string Field, string Message);
