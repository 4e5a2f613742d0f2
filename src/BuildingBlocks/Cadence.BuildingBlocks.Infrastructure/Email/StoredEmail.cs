namespace Cadence.BuildingBlocks.Infrastructure.Email;

public sealed record StoredEmail(Guid Id, DateTime SentAtUtc, string To, string Subject, string HtmlBody);
