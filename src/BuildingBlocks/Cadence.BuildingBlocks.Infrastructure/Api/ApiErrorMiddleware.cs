using Cadence.BuildingBlocks.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Cadence.BuildingBlocks.Infrastructure.Api;

/// <summary>
/// Keeps every API answer in the error envelope: a body that cannot be read, a route that does not exist, or a
/// failure nobody expected — never an HTML page or an empty body.
/// </summary>
internal sealed partial class ApiErrorMiddleware(RequestDelegate next, ILogger<ApiErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException exception)
        {
            await WriteAsync(context, exception.StatusCode, new Error("invalid_request", "The request could not be read: send a JSON body that matches the documented shape."));
            return;
        }
        catch (Exception exception) when (!context.Response.HasStarted && exception is not OperationCanceledException)
        {
            LogUnexpected(logger, exception, context.Request.Method, context.Request.Path);
            await WriteAsync(context, StatusCodes.Status500InternalServerError, new Error("internal_error", "Something went wrong on our side. Please try again."));
            return;
        }

        if (!context.Response.HasStarted && context.Response.ContentLength is null && string.IsNullOrEmpty(context.Response.ContentType)
            && context.Response.StatusCode is >= 400 and < 600)
        {
            var error = context.Response.StatusCode switch
            {
                StatusCodes.Status404NotFound => Error.NotFound("The resource"),
                StatusCodes.Status405MethodNotAllowed => new Error("method_not_allowed", "This route does not accept that method."),
                _ => new Error("invalid_request", "The request was refused."),
            };
            await WriteAsync(context, context.Response.StatusCode, error);
        }
    }

    private static Task WriteAsync(HttpContext context, int status, Error error)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        return ApiError.Envelope(error, status).ExecuteAsync(context);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled failure in API request {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);
}
