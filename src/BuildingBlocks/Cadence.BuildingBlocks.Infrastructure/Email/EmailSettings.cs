namespace Cadence.BuildingBlocks.Infrastructure.Email;

/// <summary>The <c>Email</c> section: who mail comes from and, when <c>Smtp:Host</c> is set, the server it goes through.</summary>
public sealed class EmailSettings
{
    public string From { get; set; } = "Cadence <no-reply@cadence.local>";

    public SmtpSettings Smtp { get; set; } = new();

    public sealed class SmtpSettings
    {
        public string? Host { get; set; }

        public int Port { get; set; } = 587;

        public bool UseStartTls { get; set; } = true;

        public string? UserName { get; set; }

        public string? Password { get; set; }
    }
}
