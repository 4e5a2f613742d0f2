using System.Reflection;

namespace Cadence.ArchitectureTests;

/// <summary>The modules as they are, found from the assemblies the Host is built from — never from a hand-written list.</summary>
internal static class Solution
{
    public const string BuildingBlocks = "Cadence.BuildingBlocks";
    public const string BuildingBlocksInfrastructure = "Cadence.BuildingBlocks.Infrastructure";
    public const string InstagramPlatform = "Cadence.Instagram";
    public const string ContractsSuffix = ".Contracts";

    public static IReadOnlyList<Assembly> CadenceAssemblies { get; } = LoadCadenceAssemblies();

    public static IReadOnlyList<string> ModuleNames { get; } = CadenceAssemblies
        .Select(a => a.GetName().Name!)
        .Where(name => name.EndsWith(ContractsSuffix, StringComparison.Ordinal))
        .Select(name => name["Cadence.".Length..^ContractsSuffix.Length])
        .Order(StringComparer.Ordinal)
        .ToList();

    public static IEnumerable<Assembly> ModuleImplementations =>
        ModuleNames.Select(module => CadenceAssemblies.Single(a => a.GetName().Name == $"Cadence.{module}"));

    public static IEnumerable<Assembly> ModuleContracts =>
        ModuleNames.Select(module => CadenceAssemblies.Single(a => a.GetName().Name == $"Cadence.{module}{ContractsSuffix}"));

    public static string RepositoryRoot
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Monolith.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("Monolith.sln not found above the test output.");
        }
    }

    // Every Cadence project the Host builds on is copied beside the tests; compiled references alone would miss a
    // Contracts project whose only use is an inlined constant.
    private static List<Assembly> LoadCadenceAssemblies() =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "Cadence.*.dll")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Where(name => name != typeof(Solution).Assembly.GetName().Name)
            .Select(name => Assembly.Load(new AssemblyName(name)))
            .ToList();
}
