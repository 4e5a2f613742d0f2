using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Cadence.InstagramSandbox.Graph;

/// <summary>An Instagram error, answered in the Graph error envelope.</summary>
internal sealed class GraphException(
    int code, int? subcode, string message, int status = 400, string? userTitle = null, string? userMessage = null,
    bool isTransient = false) : Exception(message)
{
    public int Code { get; } = code;
    public int? Subcode { get; } = subcode;
    public int Status { get; } = status;
    public string? UserTitle { get; } = userTitle;
    public string? UserMessage { get; } = userMessage;
    public bool IsTransient { get; } = isTransient;

    public bool IsTokenError => Code is 190 or 102;

    public JsonObject ToEnvelope()
    {
        var error = new JsonObject
        {
            ["message"] = Message,
            ["type"] = "OAuthException",
            ["code"] = Code,
        };
        if (Subcode is { } sub)
        {
            error["error_subcode"] = sub;
        }
        error["is_transient"] = IsTransient;
        if (UserTitle is not null)
        {
            error["error_user_title"] = UserTitle;
        }
        if (UserMessage is not null)
        {
            error["error_user_msg"] = UserMessage;
        }
        error["fbtrace_id"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('/', '_').Replace('+', '-');
        return new JsonObject { ["error"] = error };
    }

    public static GraphException Parameter(string message, int? subcode = null, string? userTitle = null, string? userMessage = null) =>
        new(100, subcode, message, userTitle: userTitle, userMessage: userMessage);

    public static GraphException Unsupported(string method, string id) => new(100, 33,
        $"Unsupported {method.ToLowerInvariant()} request. Object with ID '{id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api");

    public static GraphException Permission(string message = "(#10) Application does not have permission for this action") =>
        new(10, null, message);
}
