using Cadence.BuildingBlocks.Email;
using Cadence.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cadence.BuildingBlocks.Infrastructure.Email;

public static class EmailRegistration
{
    public static IServiceCollection AddCadenceEmail(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var section = configuration.GetSection("Email");
        services.Configure<EmailSettings>(section);
        var mailbox = Path.Combine(DatabaseSettings.DataFolder(configuration, contentRoot), "mailbox");
        services.AddSingleton(provider => new MailboxFolder(mailbox, provider.GetRequiredService<TimeProvider>()));
        if (string.IsNullOrWhiteSpace(section["Smtp:Host"]))
        {
            services.AddSingleton<IEmailSender>(provider => provider.GetRequiredService<MailboxFolder>());
        }
        else
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }

        return services;
    }
}
