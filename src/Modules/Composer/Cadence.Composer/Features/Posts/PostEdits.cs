using Cadence.Composer.Domain;
using Cadence.Composer.Features.Validation;

namespace Cadence.Composer.Features.Posts;

/// <summary>
/// Applies the editor form to a post: the fields its format shows, then the button's command. Collects what changed,
/// in words, for the history, and problems with the input by field (when there are any, the caller saves nothing).
/// </summary>
internal sealed class PostEdits(Post post, IReadOnlyDictionary<Guid, MediaAsset> assets, ISet<Guid> clientAccountIds)
{
    private readonly EditLog _log = new();

    public List<string> Changes => _log.Changes;

    public Dictionary<string, List<string>> Problems => _log.Problems;

    public bool Restructured { get; private set; }

    public void Apply(PostEditInput input)
    {
        var format = post.Format;
        if (PostFormatRules.TakesCaption(format))
        {
            _log.Text(input.Caption, EditLimits.Caption, PostFields.Caption, "caption", post.Caption, v => post.Caption = v ?? string.Empty);
            AccountCaptions(input.AccountCaptions);
        }

        if (PostFormatRules.TakesFeedOptions(format))
        {
            _log.Text(input.FirstComment, EditLimits.FirstComment, PostFields.FirstComment, "first comment", post.FirstComment, v => post.FirstComment = v);
            _log.Text(input.LocationId, EditLimits.LocationId, PostFields.LocationId, "location", post.LocationId, v => post.LocationId = v);
            _log.Text(input.LocationName, EditLimits.LocationName, PostFields.LocationId, "location", post.LocationName, v => post.LocationName = v);
            Collaborators(input.Collaborators);
        }

        if (PostFormatRules.TakesReelOptions(format))
        {
            ReelOptions(input);
        }

        var slides = new SlideEdits(post, assets, _log);
        slides.Items(input.Items);
        if (input.AccountsShown)
        {
            Accounts(input.AccountIds);
        }

        if (input.Format is { } newFormat && Enum.IsDefined(newFormat) && newFormat != post.Format)
        {
            post.Format = newFormat;
            var cleared = PostFormatRules.ClearWhatDoesNotApply(post, assets.ToDictionary(a => a.Key, a => a.Value.Kind));
            _log.Changed($"format {PostFormatRules.Name(format)} → {PostFormatRules.Name(newFormat)}" + (cleared.Count > 0 ? $" (cleared {string.Join(", ", cleared)})" : string.Empty));
            Restructured = true;
        }

        if (!string.IsNullOrEmpty(input.Op))
        {
            slides.Command(input.Op, input.Items);
            Restructured = true;
        }
    }

    private void AccountCaptions(List<AccountCaptionInput> captions)
    {
        foreach (var input in captions)
        {
            if (post.Accounts.FirstOrDefault(a => a.InstagramAccountId == input.AccountId) is { } account)
            {
                _log.Text(input.Caption, EditLimits.Caption, PostFields.AccountCaption(account.InstagramAccountId), "account caption", account.CaptionOverride, v => account.CaptionOverride = v);
            }
        }
    }

    private void Collaborators(string? value)
    {
        var names = EditParsing.Usernames(value);
        if (names.Count > EditLimits.CollaboratorCount || names.Any(n => n.Length > EditLimits.Username))
        {
            _log.Problem(PostFields.Collaborators, "List up to 3 Instagram usernames, separated by commas.");
        }
        else if (!names.SequenceEqual(post.Collaborators))
        {
            post.Collaborators = names;
            _log.Changed("collaborators");
        }
    }

    private void ReelOptions(PostEditInput input)
    {
        if (input.CoverMediaAssetId is { } coverId && !assets.ContainsKey(coverId))
        {
            _log.Problem(PostFields.Cover, "Choose a cover from this client's library.");
        }
        else if (input.CoverMediaAssetId != post.CoverMediaAssetId)
        {
            post.CoverMediaAssetId = input.CoverMediaAssetId;
            _log.Changed("cover");
        }

        if (EditParsing.Seconds(input.ThumbOffsetSeconds, out var offsetMs))
        {
            if (offsetMs != post.ThumbOffsetMs)
            {
                post.ThumbOffsetMs = offsetMs;
                _log.Changed("thumbnail moment");
            }
        }
        else
        {
            _log.Problem(PostFields.ThumbOffset, "Enter the thumbnail moment in seconds from the start, for example 2.5.");
        }

        if (input.ShareToFeed != post.ShareToFeed)
        {
            post.ShareToFeed = input.ShareToFeed;
            _log.Changed("share to feed");
        }

        _log.Text(input.AudioName, EditLimits.AudioName, PostFields.AudioName, "audio name", post.AudioName, v => post.AudioName = v);
        TrialStrategy? trial = input.Trial switch
        {
            TrialChoice.Manual => TrialStrategy.Manual,
            TrialChoice.Performance => TrialStrategy.Performance,
            _ => null,
        };
        if (trial != post.Trial)
        {
            post.Trial = trial;
            _log.Changed("trial reel");
        }
    }

    private void Accounts(List<Guid> chosen)
    {
        var wanted = chosen.Distinct().Where(clientAccountIds.Contains).ToHashSet();
        var current = post.Accounts.Select(a => a.InstagramAccountId).ToHashSet();
        if (wanted.SetEquals(current))
        {
            return;
        }

        post.Accounts.RemoveAll(a => !wanted.Contains(a.InstagramAccountId));
        post.Accounts.AddRange(wanted.Where(id => !current.Contains(id)).Select(id => new PostAccount { PostId = post.Id, InstagramAccountId = id }));
        _log.Changed("accounts");
        Restructured = true;
    }
}
