using System.Text.Json;
using Cadence.BuildingBlocks.Email;

namespace Cadence.BuildingBlocks.Infrastructure.Email;

/// <summary>
/// Mail kept as files instead of sent: what a deployment without SMTP does, and what the development mailbox page reads.
/// </summary>
public sealed class MailboxFolder(string path, TimeProvider clock) : IEmailSender
{
    public string Path { get; } = path;

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path);
        var sent = new StoredEmail(Guid.CreateVersion7(), clock.GetUtcNow().UtcDateTime, message.To, message.Subject, message.HtmlBody);
        var file = System.IO.Path.Combine(Path, $"{sent.Id:N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(sent), cancellationToken);
    }

    public IReadOnlyList<StoredEmail> List() =>
        !Directory.Exists(Path)
            ? []
            : Directory.EnumerateFiles(Path, "*.json")
                .Select(file => JsonSerializer.Deserialize<StoredEmail>(File.ReadAllText(file))!)
                .OrderByDescending(mail => mail.SentAtUtc)
                .ThenByDescending(mail => mail.Id)
                .ToList();

    public StoredEmail? Find(Guid id)
    {
        var file = System.IO.Path.Combine(Path, $"{id:N}.json");
        return File.Exists(file) ? JsonSerializer.Deserialize<StoredEmail>(File.ReadAllText(file)) : null;
    }
}
