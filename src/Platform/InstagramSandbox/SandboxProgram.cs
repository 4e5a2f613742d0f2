namespace Cadence.InstagramSandbox;

/// <summary>Runs the sandbox on its own: <c>dotnet run --project src/Platform/InstagramSandbox --urls http://127.0.0.1:5099</c>.</summary>
public sealed class SandboxProgram
{
    private SandboxProgram()
    {
    }

    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddInstagramSandbox(builder.Configuration);
        var app = builder.Build();
        app.MapInstagramSandbox(string.Empty);
        await app.RunAsync();
    }
}
