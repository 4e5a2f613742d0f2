namespace Cadence.Composer.Domain;

/// <summary>Who did something to a post: a member (with a user id) or a client through an approval link (without).</summary>
internal sealed record Actor(Guid? UserId, string Name)
{
    public bool IsClient => UserId is null;
}
