using Microsoft.Extensions.DependencyInjection;

namespace Cadence.Composer.Features.Validation;

internal static class ValidationRegistration
{
    public static IServiceCollection AddPostValidation(this IServiceCollection services) =>
        services.AddScoped<IPostValidator, PostValidator>();
}
