namespace Cadence.Scheduler.FaultHost;

/// <summary>Lines on standard output the test waits for: "reached &lt;boundary&gt;" just before the child stops to be killed.</summary>
internal static class Markers
{
    public const string Prefix = "reached ";

    public const string PublishInFlight = "PublishInFlight";

    private static readonly StreamWriter Out = new(Console.OpenStandardOutput()) { AutoFlush = true };

    private static readonly Lock Gate = new();

    public static void Reached(string boundary)
    {
        lock (Gate)
        {
            Out.WriteLine(Prefix + boundary);
        }
    }
}
