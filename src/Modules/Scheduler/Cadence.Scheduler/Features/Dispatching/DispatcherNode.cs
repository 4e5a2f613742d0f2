namespace Cadence.Scheduler.Features.Dispatching;

/// <summary>This process's name as a lease owner: unique per process, readable in the publish log and health page.</summary>
internal sealed class DispatcherNode
{
    public DispatcherNode()
        : this($"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}")
    {
    }

    public DispatcherNode(string name) => Name = name;

    public string Name { get; }
}
