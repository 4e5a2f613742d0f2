using Cadence.BuildingBlocks.Results;
using Microsoft.AspNetCore.Http;

namespace Cadence.BuildingBlocks.Infrastructure.Api;

/// <summary>The public API's error envelope: <c>{"error":{"code","message","details":[{"field","message"}]}}</c>.</summary>
public static class ApiError
{
    public static IResult From(IReadOnlyList<Error> errors)
    {
        var first = errors[0];
        var status = first.Code switch
        {
            "unauthorized" => StatusCodes.Status401Unauthorized,
            "not_found" => StatusCodes.Status404NotFound,
            "forbidden" => StatusCodes.Status403Forbidden,
            "conflict" => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        var message = errors.Count == 1 ? first.Message : "The request has errors; see details.";
        return Body(first.Code, message, errors, status);
    }

    /// <summary>One error with a status chosen by the caller, for failures outside any use case.</summary>
    public static IResult Envelope(Error error, int status) => Body(error.Code, error.Message, [error], status);

    private static IResult Body(string code, string message, IReadOnlyList<Error> errors, int status) =>
        Microsoft.AspNetCore.Http.Results.Json(
            new
            {
                error = new
                {
                    code,
                    message,
                    details = errors.Select(e => new { field = e.Field, message = e.Message }),
                },
            },
            statusCode: status);

    public static IResult NotFound(string what) => From([Error.NotFound(what)]);
}
