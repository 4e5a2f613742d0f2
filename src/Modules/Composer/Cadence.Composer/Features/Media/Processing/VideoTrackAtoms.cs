using MetadataExtractor.Formats.QuickTime;

namespace Cadence.Composer.Features.Media.Processing;

/// <summary>
/// The per-track facts MetadataExtractor's QuickTime directories leave out: each track's handler (video or sound), its
/// sample description (the codec's four-character code) and its sample timing (for the frame rate).
/// </summary>
internal sealed class VideoTrackAtoms
{
    private static readonly HashSet<string> Containers = ["moov", "trak", "mdia", "minf", "stbl"];

    private readonly List<Track> _tracks = [];

    public IReadOnlyList<Track> Tracks => _tracks;

    public static VideoTrackAtoms Read(Stream stream)
    {
        var atoms = new VideoTrackAtoms();
        stream.Position = 0;
        QuickTimeReader.ProcessAtoms(stream, atoms.Handle);
        return atoms;
    }

    private void Handle(AtomCallbackArgs atom)
    {
        var track = _tracks.Count > 0 ? _tracks[^1] : null;
        switch (atom.TypeString)
        {
            case var container when Containers.Contains(container):
                if (container == "trak")
                {
                    _tracks.Add(new Track());
                }

                QuickTimeReader.ProcessAtoms(atom.Stream, Handle, atom.BytesLeft);
                break;
            case "mdhd" when track is not null:
                var version = atom.Reader.GetByte();
                atom.Reader.Skip(3 + (version == 1 ? 16 : 8));
                track.TimeScale = atom.Reader.GetUInt32();
                break;
            // QuickTime files carry a second hdlr (the data handler, "alis") under minf; the media's own comes first.
            case "hdlr" when track is { Handler: null }:
                atom.Reader.Skip(8);
                track.Handler = atom.Reader.GetString(4, System.Text.Encoding.ASCII);
                break;
            case "stsd" when track is not null && atom.BytesLeft >= 16:
                atom.Reader.Skip(12);
                track.Codec = atom.Reader.GetString(4, System.Text.Encoding.ASCII).Trim();
                break;
            case "stts" when track is not null:
                atom.Reader.Skip(4);
                var entries = Math.Min(atom.Reader.GetUInt32(), (uint)Math.Max(0, atom.BytesLeft / 8));
                for (var i = 0; i < entries; i++)
                {
                    long count = atom.Reader.GetUInt32();
                    track.Samples += count;
                    track.SampleTime += count * atom.Reader.GetUInt32();
                }

                break;
            default:
                break;
        }
    }

    internal sealed class Track
    {
        public string? Handler { get; set; }

        public string? Codec { get; set; }

        public uint TimeScale { get; set; }

        public long Samples { get; set; }

        public long SampleTime { get; set; }

        public double? FrameRate => Samples > 0 && SampleTime > 0 && TimeScale > 0 ? Math.Round(Samples * (double)TimeScale / SampleTime, 3) : null;
    }
}
