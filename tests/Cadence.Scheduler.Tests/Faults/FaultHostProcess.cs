using System.Diagnostics;
using System.Text;

namespace Cadence.Scheduler.Tests.Faults;

/// <summary>The fault host (a dispatcher in a process of its own) started with <c>dotnet exec</c> from the test's output folder.</summary>
internal sealed class FaultHostProcess : IDisposable
{
    // A guard against a child that hangs, not a timing assertion.
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly StringBuilder _errors = new();

    private FaultHostProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, line) =>
        {
            lock (_errors)
            {
                _errors.AppendLine(line.Data);
            }
        };
        _process.BeginErrorReadLine();
    }

    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    public static FaultHostProcess Start(FaultDatabase database, string node, string? stopAt = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Cadence.Scheduler.FaultHost.dll"));
        start.Environment["FAULT_DATABASE"] = database.Path;
        start.Environment["FAULT_SANDBOX"] = database.SandboxUrl;
        start.Environment["FAULT_SCENARIO"] = database.ScenarioPath;
        start.Environment["FAULT_NODE"] = node;
        if (stopAt is not null)
        {
            start.Environment["FAULT_STOP_AT"] = stopAt;
        }

        return new FaultHostProcess(Process.Start(start)!);
    }

    /// <summary>Waits for the "reached &lt;boundary&gt;" line; false when the process ended without reaching it.</summary>
    public async Task<bool> ReachedAsync(string boundary)
    {
        using var guard = new CancellationTokenSource(Guard);
        while (await _process.StandardOutput.ReadLineAsync(guard.Token) is { } line)
        {
            if (line == "reached " + boundary)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>SIGKILL (what <see cref="Process.Kill(bool)"/> sends on Linux) to the process and its children.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async Task<int> ExitCodeAsync()
    {
        using var guard = new CancellationTokenSource(Guard);
        await _process.WaitForExitAsync(guard.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
