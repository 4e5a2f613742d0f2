using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Scheduler.Features.Calendar;

internal static class CalendarRegistration
{
    public static IServiceCollection AddCalendar(this IServiceCollection services) => services.AddScoped<CalendarEntries>();
}
