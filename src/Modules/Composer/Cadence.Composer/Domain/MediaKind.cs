namespace Cadence.Composer.Domain;

internal enum MediaKind
{
    Image,
    Video,
}
