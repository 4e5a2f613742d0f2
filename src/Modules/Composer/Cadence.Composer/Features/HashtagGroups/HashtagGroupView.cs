namespace Cadence.Composer.Features.HashtagGroups;

internal sealed record HashtagGroupView(Guid Id, Guid ClientId, string Name, string Hashtags)
{
    public int Count => HashtagGroupRules.Split(Hashtags).Count;
}
