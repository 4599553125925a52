namespace GridStaff.Notifications;

using Microsoft.Extensions.Logging;

/// <summary>Until a mail gateway is configured: logs the audience and subject, never a body with personal data.</summary>
public class LoggingEmailSender(ILogger<LoggingEmailSender> logger) : IEmailSender
{
    public Task SendAsync(string audience, string subject, string body, CancellationToken ct = default)
    {
        logger.LogInformation("E-mail to {Audience}: {Subject}", audience, subject);
        return Task.CompletedTask;
    }
}
