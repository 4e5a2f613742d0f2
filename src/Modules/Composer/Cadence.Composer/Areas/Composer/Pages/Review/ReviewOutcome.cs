using Cadence.BuildingBlocks.Infrastructure.Web;
using Cadence.BuildingBlocks.Results;
using Cadence.Composer.Features.Approvals;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cadence.Composer.Areas.Composer.Pages.Review;

/// <summary>Sorts a refused decision's errors: rule violations as a list, the comment's next to it, the rest as one message.</summary>
internal static class ReviewOutcome
{
    public static (IReadOnlyList<string> Violations, string? Problem) Sort(IReadOnlyList<Error> errors, ModelStateDictionary modelState)
    {
        var violations = errors.Where(e => e.Code == SubmitForReview.NotValid).Select(e => e.Message).ToList();
        modelState.AddErrors(errors.Where(e => e.Code != SubmitForReview.NotValid && e.Field is not null), prefix: string.Empty);
        var problem = violations.Count > 0
            ? "Fix the problems listed before submitting. A post that fails validation can be saved as a draft but cannot be submitted."
            : string.Join(" ", errors.Where(e => e.Field is null).Select(e => e.Message));
        return (violations, problem.Length == 0 ? null : problem);
    }
}
