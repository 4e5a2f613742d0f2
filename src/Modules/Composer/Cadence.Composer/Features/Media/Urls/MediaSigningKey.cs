using System.Security.Cryptography;
using Cadence.Composer.Features.Media.Storage;
using Microsoft.Extensions.Options;

namespace Cadence.Composer.Features.Media.Urls;

/// <summary>The key media URLs are signed with: Media:SigningKey, or one generated once and kept beside the files.</summary>
internal sealed class MediaSigningKey
{
    private const int MinimumLength = 32;

    public MediaSigningKey(IOptions<MediaOptions> options, MediaRoot root)
    {
        Bytes = options.Value.SigningKey is { Length: > 0 } configured ? FromConfiguration(configured) : FromKeyFile(root);
    }

    public byte[] Bytes { get; }

    private static byte[] FromConfiguration(string configured)
    {
        var bytes = Convert.FromBase64String(configured);
        return bytes.Length >= MinimumLength
            ? bytes
            : throw new InvalidOperationException($"Media:SigningKey must be base64 of at least {MinimumLength} bytes.");
    }

    private static byte[] FromKeyFile(MediaRoot root)
    {
        var path = Path.Combine(root.Folder, ".signing-key");
        Directory.CreateDirectory(root.Folder);
        if (!File.Exists(path))
        {
            var fresh = Path.Combine(root.Folder, $".signing-key-{Guid.NewGuid():N}");
            File.WriteAllText(fresh, Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumLength)));

            // Another instance may have won the race; whichever key landed first is the one both keep.
            try
            {
                File.Move(fresh, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(fresh);
            }
        }

        return Convert.FromBase64String(File.ReadAllText(path).Trim());
    }
}
