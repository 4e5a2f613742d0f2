namespace Cadence.Instagram.Tests.Support;

/// <summary>JSON examples copied from the reference (shared/reference/instagram-platform.md).</summary>
internal static class Fixtures
{
    public const string ImageTooLarge = """
        {"error":{"message":"The image size is too large.","type":"OAuthException","code":36000,
                  "error_subcode":2207004,"is_transient":false,
                  "error_user_title":"Image size too large",
                  "error_user_msg":"The image is too large to download. It should be less than 8 MiB.",
                  "fbtrace_id":"A6LJylpZRKw2xKLFsAP-cJh"}}
        """;

    public const string SessionExpired = """
        {"error":{"message":"Error validating access token: Session has expired on Thursday, 21-May-26 04:00:00 PDT. The current time is Friday, 22-May-26 01:39:32 PDT.",
                  "type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"AbC"}}
        """;

    public const string CodeExchangeDocumented = """
        {"data":[{"access_token":"IGAAshort","user_id":"1020304050607080","permissions":"instagram_business_basic,instagram_business_manage_messages,instagram_business_content_publish"}]}
        """;

    public const string CodeExchangeObserved = """
        {"access_token":"IGAAshort","user_id":27640875392278831,"permissions":["instagram_business_basic","instagram_business_content_publish"]}
        """;

    public const string CodeExchangeError = """
        {"error_type":"OAuthException","code":400,"error_message":"Matching code was not found or was already used"}
        """;

    public const string LongLived = """{"access_token":"IGAAlong","token_type":"bearer","expires_in":5183944}""";

    public const string BusinessUsageThrottled = """
        {"17841400000000001":[{"type":"instagram","call_count":100,"total_cputime":20,"total_time":25,"estimated_time_to_regain_access":7}]}
        """;

    public static string Error(int code, int? subcode = null, string message = "error", bool transient = false)
    {
        var sub = subcode is null ? string.Empty : ",\"error_subcode\":" + subcode.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":"
            + code.ToString(System.Globalization.CultureInfo.InvariantCulture) + sub
            + ",\"is_transient\":" + (transient ? "true" : "false") + ",\"fbtrace_id\":\"X\"}}";
    }
}
