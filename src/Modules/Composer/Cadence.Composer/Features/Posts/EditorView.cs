using System.Text.RegularExpressions;
using Cadence.Accounts.Contracts.Clients;
using Cadence.Accounts.Contracts.InstagramAccounts;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Validation;

namespace Cadence.Composer.Features.Posts;

/// <summary>Everything the editor page draws: the post, its preview, its problems and what can be added to it.</summary>
internal sealed partial record EditorView(
    Post Post,
    ClientSummary Client,
    PostPreview Preview,
    IReadOnlyList<EditorSlide> Slides,
    IReadOnlyList<RuleViolation> Violations,
    IReadOnlyDictionary<string, List<string>> InputProblems,
    IReadOnlyList<LibraryChoice> Library,
    IReadOnlyList<LibraryChoice> CoverChoices,
    IReadOnlyList<InstagramAccountSummary> ClientAccounts,
    IReadOnlyList<HashtagGroup> HashtagGroups,
    IReadOnlyList<CaptionTemplate> Templates)
{
    public CaptionStats Counters => CaptionStats.Of(Post.Caption);

    public bool IsDeletable => Post.Status is ApprovalStatus.Draft or ApprovalStatus.ChangesRequested;

    public bool HasSeveralAccounts => Post.Accounts.Count > 1;

    /// <summary>Input problems first (the field kept its last saved value), then what Instagram would refuse.</summary>
    public IReadOnlyList<string> ProblemsFor(string field) =>
        InputProblems.TryGetValue(field, out var input) ? input : Violations.Where(v => v.Field == field).Select(v => v.Message).ToList();

    public static string ProblemId(string field) => "problem-" + NotIdCharacters().Replace(field, "-");

    public FieldProblem Problem(string field, bool outOfBand = false) => new(ProblemId(field), ProblemsFor(field), outOfBand);

    /// <summary>Every message on the post: what the input got wrong and what Instagram would refuse.</summary>
    public IReadOnlyList<string> AllProblems => InputProblems.SelectMany(p => p.Value).Concat(Violations.Select(v => v.Message)).Distinct().ToList();

    /// <summary>Every field that has a place for its problems on the form, so a save can refresh each one.</summary>
    public IEnumerable<string> ProblemFields()
    {
        var format = Post.Format;
        string[] always = [PostFields.Format, PostFields.Accounts, PostFields.Items];
        string[] caption = PostFormatRules.TakesCaption(format) ? [PostFields.Caption] : [];
        string[] feed = PostFormatRules.TakesFeedOptions(format) ? [PostFields.FirstComment, PostFields.LocationId, PostFields.Collaborators] : [];
        string[] reel = PostFormatRules.TakesReelOptions(format) ? [PostFields.Cover, PostFields.ThumbOffset, PostFields.AudioName, PostFields.Trial] : [];
        var slides = Slides.SelectMany(s => SlideFields(format, s));
        var accounts = HasSeveralAccounts && PostFormatRules.TakesCaption(format) ? Post.Accounts.Select(a => PostFields.AccountCaption(a.InstagramAccountId)) : [];
        return always.Concat(caption).Concat(feed).Concat(reel).Concat(slides).Concat(accounts);
    }

    private static IEnumerable<string> SlideFields(PostFormat format, EditorSlide slide)
    {
        yield return PostFields.Item(slide.Index);
        if (PostFormatRules.TakesAltText(format, slide.Asset.Kind))
        {
            yield return PostFields.Item(slide.Index, "AltText");
        }

        if (PostFormatRules.TakesUserTags(slide.Asset.Kind))
        {
            yield return PostFields.Item(slide.Index, "UserTags");
        }
    }

    public string AccountName(Guid accountId) =>
        ClientAccounts.FirstOrDefault(a => a.AccountId == accountId) is { } account ? "@" + account.Username : "(account removed)";

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex NotIdCharacters();
}

/// <summary>The place next to a field where its problems show; refreshed out of band after each save.</summary>
internal sealed record FieldProblem(string Id, IReadOnlyList<string> Messages, bool OutOfBand);

/// <summary>A slide as the editor lists it.</summary>
internal sealed record EditorSlide(int Index, PostItem Item, MediaAsset Asset, string Url, string? ThumbnailUrl)
{
    public bool IsImage => Asset.Kind == MediaKind.Image;
}

/// <summary>A library file the person can add to the post (or use as a reel cover).</summary>
internal sealed record LibraryChoice(Guid Id, string FileName, MediaKind Kind, string? ThumbnailUrl, string Facts);
