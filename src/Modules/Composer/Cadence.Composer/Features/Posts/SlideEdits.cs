using System.Globalization;
using Cadence.Composer.Domain;
using Cadence.Composer.Features.Validation;

namespace Cadence.Composer.Features.Posts;

/// <summary>The editor's slides: alt text and user tags per slide, and the add, remove, move and tag buttons.</summary>
internal sealed class SlideEdits(Post post, IReadOnlyDictionary<Guid, MediaAsset> assets, EditLog log)
{
    public void Items(List<ItemInput> inputs)
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
                log.Text(input.AltText, EditLimits.AltText, PostFields.Item(index, "AltText"), $"slide {index + 1} alt text", item.AltText, v => item.AltText = v);
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
                    log.Changed($"slide {index + 1} tags");
                }
            }
        }
    }

    public void Command(string op, List<ItemInput> inputs)
    {
        var parts = op.Split(':');
        var ordered = post.OrderedItems.ToList();
        var index = parts.Length > 1 && Guid.TryParse(parts[1], out var id) ? ordered.FindIndex(i => i.Id == id) : -1;
        switch (parts[0])
        {
            case "add" when parts.Length == 2 && Guid.TryParse(parts[1], out var assetId) && assets.ContainsKey(assetId):
                post.Items.Add(new PostItem { PostId = post.Id, MediaAssetId = assetId, Position = ordered.Count });
                log.Changed($"added slide {ordered.Count + 1}");
                break;
            case "remove" when index >= 0:
                post.Items.Remove(ordered[index]);
                ordered.RemoveAt(index);
                Renumber(ordered);
                log.Changed($"removed slide {index + 1}");
                break;
            case "up" when index > 0:
            case "down" when index >= 0 && index < ordered.Count - 1:
                var other = parts[0] == "up" ? index - 1 : index + 1;
                (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
                Renumber(ordered);
                log.Changed($"moved slide {index + 1} {parts[0]}");
                break;
            case "tag" when index >= 0:
                AddTag(ordered[index], index, inputs.FirstOrDefault(i => i.Id == ordered[index].Id)?.NewTag ?? new TagInput());
                break;
            case "untag" when index >= 0 && parts.Length == 3 && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var tagIndex)
                && tagIndex >= 0 && tagIndex < ordered[index].UserTags.Count:
                ordered[index].UserTags = ordered[index].UserTags.Where((_, i) => i != tagIndex).ToList();
                log.Changed($"slide {index + 1} tags");
                break;
            default:
                log.Problem(PostFields.Items, "That slide or file is no longer there; the page has been refreshed.");
                break;
        }
    }

    private void AddTag(PostItem item, int index, TagInput input)
    {
        var field = PostFields.Item(index, "UserTags");
        if (string.IsNullOrWhiteSpace(input.Username))
        {
            log.Problem(field, "Type the username to tag, then add the tag.");
            return;
        }

        if (item.UserTags.Count >= EditLimits.TagsPerImage)
        {
            log.Problem(field, "This image has as many tags as it can take.");
            return;
        }

        if (Tag(input, field) is { } tag)
        {
            item.UserTags = [.. item.UserTags, tag];
            log.Changed($"slide {index + 1} tags");
        }
    }

    private UserTag? Tag(TagInput input, string field)
    {
        var username = (input.Username ?? string.Empty).Trim().TrimStart('@');
        if (username.Length is 0 or > EditLimits.Username)
        {
            log.Problem(field, "Each tag needs an Instagram username of up to 30 characters.");
            return null;
        }

        if (!EditParsing.Fraction(input.X, out var x) || !EditParsing.Fraction(input.Y, out var y))
        {
            log.Problem(field, $"Place the tag for @{username} with x and y between 0 and 1 (click the image, or type them).");
            return null;
        }

        return new UserTag(username, x, y);
    }

    private static void Renumber(List<PostItem> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Position = i;
        }
    }
}
