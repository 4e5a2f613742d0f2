using Cadence.BuildingBlocks.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cadence.BuildingBlocks.Infrastructure.Web;

public static class ModelStateExtensions
{
    /// <summary>Puts a use case's errors next to the fields they name (under <paramref name="prefix"/>), the rest at the top of the form.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, IEnumerable<Error> errors, string prefix = "Input")
    {
        foreach (var error in errors)
        {
            var key = error.Field is null ? string.Empty : string.IsNullOrEmpty(prefix) ? error.Field : $"{prefix}.{error.Field}";
            modelState.AddModelError(key, error.Message);
        }
    }
}
