using System.Globalization;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Validation;

namespace Cadence.Composer.Features.Posts;

/// <summary>
/// Applies the editor form to a post: the fields its format shows, then the button's command. Collects what changed,
/// in words, for the history, and problems with the input by field (when there are any, the caller saves nothing).
/// </summary>
internal sealed class PostEdits(Post post, IReadOnlyDictionary<Guid, MediaAsset> assets, ISet<Guid> clientAccountIds)
{
    public List<string> Changes { get; } = [];

    public Dictionary<string, List<string>> Problems { get; } = [];

    public bool Restructured { get; private set; }

    public void Apply(PostEditInput input)
    {
        var format = post.Format;
        if (PostFormatRules.TakesCaption(format))
        {
            Text(input.Caption, EditLimits.Caption, PostFields.Caption, "caption", post.Caption, v => post.Caption = v ?? string.Empty);
            AccountCaptions(input.AccountCaptions);
        }

        if (PostFormatRules.TakesFeedOptions(format))
        {
            Text(input.FirstComment, EditLimits.FirstComment, PostFields.FirstComment, "first comment", post.FirstComment, v => post.FirstComment = v);
            Text(input.LocationId, EditLimits.LocationId, PostFields.LocationId, "location", post.LocationId, v => post.LocationId = v);
            Text(input.LocationName, EditLimits.LocationName, PostFields.LocationId, "location", post.LocationName, v => post.LocationName = v);
            Collaborators(input.Collaborators);
        }

        if (PostFormatRules.TakesReelOptions(format))
        {
            ReelOptions(input);
        }

        Items(input.Items);
        if (input.AccountsShown)
        {
            Accounts(input.AccountIds);
        }

        if (input.Format is { } newFormat && Enum.IsDefined(newFormat) && newFormat != post.Format)
        {
            post.Format = newFormat;
            var cleared = PostFormatRules.ClearWhatDoesNotApply(post, assets.ToDictionary(a => a.Key, a => a.Value.Kind));
            Changed($"format {PostFormatRules.Name(format)} → {PostFormatRules.Name(newFormat)}" + (cleared.Count > 0 ? $" (cleared {string.Join(", ", cleared)})" : string.Empty));
            Restructured = true;
        }

        if (!string.IsNullOrEmpty(input.Op))
        {
            Command(input.Op, input.Items);
            Restructured = true;
        }
    }

    private void Text(string? value, int max, string field, string what, string? current, Action<string?> set)
    {
        var text = string.IsNullOrEmpty(value) ? null : value.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text is not null && text.Length > max)
        {
            Problem(field, $"This is {text.Length:N0} characters; a draft keeps at most {max:N0}.");
            return;
        }

        if ((text ?? string.Empty) != (current ?? string.Empty))
        {
            set(text);
            Changed(what);
        }
    }

    private void AccountCaptions(List<AccountCaptionInput> captions)
    {
        foreach (var input in captions)
        {
            if (post.Accounts.FirstOrDefault(a => a.InstagramAccountId == input.AccountId) is { } account)
            {
                Text(input.Caption, EditLimits.Caption, PostFields.AccountCaption(account.InstagramAccountId), "account caption", account.CaptionOverride, v => account.CaptionOverride = v);
            }
        }
    }

    private void Collaborators(string? value)
    {
        var names = EditParsing.Usernames(value);
        if (names.Count > EditLimits.CollaboratorCount || names.Any(n => n.Length > EditLimits.Username))
        {
            Problem(PostFields.Collaborators, "List up to 3 Instagram usernames, separated by commas.");
        }
        else if (!names.SequenceEqual(post.Collaborators))
        {
            post.Collaborators = names;
            Changed("collaborators");
        }
    }

    private void ReelOptions(PostEditInput input)
    {
        if (input.CoverMediaAssetId is { } coverId && !assets.ContainsKey(coverId))
        {
            Problem(PostFields.Cover, "Choose a cover from this client's library.");
        }
        else if (input.CoverMediaAssetId != post.CoverMediaAssetId)
        {
            post.CoverMediaAssetId = input.CoverMediaAssetId;
            Changed("cover");
        }

        if (EditParsing.Seconds(input.ThumbOffsetSeconds, out var offsetMs))
        {
            if (offsetMs != post.ThumbOffsetMs)
            {
                post.ThumbOffsetMs = offsetMs;
                Changed("thumbnail moment");
            }
        }
        else
        {
            Problem(PostFields.ThumbOffset, "Enter the thumbnail moment in seconds from the start, for example 2.5.");
        }

        if (input.ShareToFeed != post.ShareToFeed)
        {
            post.ShareToFeed = input.ShareToFeed;
            Changed("share to feed");
        }

        Text(input.AudioName, EditLimits.AudioName, PostFields.AudioName, "audio name", post.AudioName, v => post.AudioName = v);
        TrialStrategy? trial = input.Trial switch
        {
            TrialChoice.Manual => TrialStrategy.Manual,
            TrialChoice.Performance => TrialStrategy.Performance,
            _ => null,
        };
        if (trial != post.Trial)
        {
            post.Trial = trial;
            Changed("trial reel");
        }
    }

    private void Items(List<ItemInput> inputs)
    {
        var ordered = post.OrderedItems.ToList();
        foreach (var input in inputs)
        {
            var index = ordered.FindIndex(i => i.Id == input.Id);
            if (index < 0 || !assets.TryGetValue(ordered[index].MediaAssetId, out var asset))
            {
                continue;
            }

            var item = ordered[index];
            if (PostFormatRules.TakesAltText(post.Format, asset.Kind))
            {
                Text(input.AltText, EditLimits.AltText, PostFields.Item(index, "AltText"), $"slide {index + 1} alt text", item.AltText, v => item.AltText = v);
            }

            if (PostFormatRules.TakesUserTags(asset.Kind) && input.Tags.Count == item.UserTags.Count)
            {
                var tags = new List<UserTag>();
                foreach (var tag in input.Tags)
                {
                    if (Tag(tag, PostFields.Item(index, "UserTags")) is { } parsed)
                    {
                        tags.Add(parsed);
                    }
                }

                if (tags.Count == item.UserTags.Count && !tags.SequenceEqual(item.UserTags))
                {
                    item.UserTags = tags;
                    Changed($"slide {index + 1} tags");
                }
            }
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
        Changed("accounts");
        Restructured = true;
    }

    private void Command(string op, List<ItemInput> inputs)
    {
        var parts = op.Split(':');
        var ordered = post.OrderedItems.ToList();
        var index = parts.Length > 1 && Guid.TryParse(parts[1], out var id) ? ordered.FindIndex(i => i.Id == id) : -1;
        switch (parts[0])
        {
            case "add" when parts.Length == 2 && Guid.TryParse(parts[1], out var assetId) && assets.ContainsKey(assetId):
                post.Items.Add(new PostItem { PostId = post.Id, MediaAssetId = assetId, Position = ordered.Count });
                Changed($"added slide {ordered.Count + 1}");
                break;
            case "remove" when index >= 0:
                post.Items.Remove(ordered[index]);
                ordered.RemoveAt(index);
                Renumber(ordered);
                Changed($"removed slide {index + 1}");
                break;
            case "up" when index > 0:
            case "down" when index >= 0 && index < ordered.Count - 1:
                var other = parts[0] == "up" ? index - 1 : index + 1;
                (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
                Renumber(ordered);
                Changed($"moved slide {index + 1} {parts[0]}");
                break;
            case "tag" when index >= 0:
                AddTag(ordered[index], index, inputs.FirstOrDefault(i => i.Id == ordered[index].Id)?.NewTag ?? new TagInput());
                break;
            case "untag" when index >= 0 && parts.Length == 3 && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var tagIndex)
                && tagIndex >= 0 && tagIndex < ordered[index].UserTags.Count:
                ordered[index].UserTags = ordered[index].UserTags.Where((_, i) => i != tagIndex).ToList();
                Changed($"slide {index + 1} tags");
                break;
            default:
                Problem(PostFields.Items, "That slide or file is no longer there; the page has been refreshed.");
                break;
        }
    }

    private void AddTag(PostItem item, int index, TagInput input)
    {
        var field = PostFields.Item(index, "UserTags");
        if (string.IsNullOrWhiteSpace(input.Username))
        {
            Problem(field, "Type the username to tag, then add the tag.");
            return;
        }

        if (item.UserTags.Count >= EditLimits.TagsPerImage)
        {
            Problem(field, "This image has as many tags as it can take.");
            return;
        }

        if (Tag(input, field) is { } tag)
        {
            item.UserTags = [.. item.UserTags, tag];
            Changed($"slide {index + 1} tags");
        }
    }

    private UserTag? Tag(TagInput input, string field)
    {
        var username = (input.Username ?? string.Empty).Trim().TrimStart('@');
        if (username.Length is 0 or > EditLimits.Username)
        {
            Problem(field, "Each tag needs an Instagram username of up to 30 characters.");
            return null;
        }

        if (!EditParsing.Fraction(input.X, out var x) || !EditParsing.Fraction(input.Y, out var y))
        {
            Problem(field, $"Place the tag for @{username} with x and y between 0 and 1 (click the image, or type them).");
            return null;
        }

        return new UserTag(username, x, y);
    }

    private void Problem(string field, string message)
    {
        if (!Problems.TryGetValue(field, out var messages))
        {
            Problems[field] = messages = [];
        }

        messages.Add(message);
    }

    private void Changed(string what)
    {
        if (!Changes.Contains(what))
        {
            Changes.Add(what);
        }
    }

    private static void Renumber(List<PostItem> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Position = i;
        }
    }
}
