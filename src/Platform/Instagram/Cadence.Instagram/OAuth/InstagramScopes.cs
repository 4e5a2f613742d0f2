namespace Cadence.Instagram;

/// <summary>Instagram Login scopes (the pre-2025 <c>business_*</c> names no longer work).</summary>
public static class InstagramScopes
{
    public const string Basic = "instagram_business_basic";
    public const string ContentPublish = "instagram_business_content_publish";
    public const string ManageComments = "instagram_business_manage_comments";
    public const string ManageMessages = "instagram_business_manage_messages";
    public const string ManageInsights = "instagram_business_manage_insights";

    /// <summary>Everything Cadence uses.</summary>
    public static readonly IReadOnlyList<string> All = [Basic, ContentPublish, ManageComments, ManageMessages, ManageInsights];
}
