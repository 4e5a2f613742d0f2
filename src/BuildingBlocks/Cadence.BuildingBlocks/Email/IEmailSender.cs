namespace Cadence.BuildingBlocks.Email;

/// <summary>The one way Cadence sends email: SMTP when configured, a local mailbox folder otherwise.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
