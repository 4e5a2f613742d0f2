namespace Cadence.ArchitectureTests;

/// <summary>
/// The rules of architecture.md as pure functions over names, so the same code judges the real solution and the
/// deliberately broken examples that prove each rule can fail.
/// </summary>
internal static class ModuleRules
{
    private static readonly string[] ForbiddenInContracts = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore"];

    /// <summary>A module implementation may use the building blocks, the Instagram platform and any module's Contracts.</summary>
    public static IEnumerable<string> ImplementationReferenceViolations(string module, IEnumerable<string> references) =>
        references
            .Where(reference => reference.StartsWith("Cadence.", StringComparison.Ordinal))
            .Where(reference => reference is not (Solution.BuildingBlocks or Solution.BuildingBlocksInfrastructure or Solution.InstagramPlatform))
            .Where(reference => !reference.EndsWith(Solution.ContractsSuffix, StringComparison.Ordinal))
            .Select(reference => $"Cadence.{module} references {reference}, another module's implementation");

    /// <summary>Contracts depend on the pure building blocks only: no other Cadence project, no EF Core, no ASP.NET Core.</summary>
    public static IEnumerable<string> ContractsReferenceViolations(string contracts, IEnumerable<string> references) =>
        references
            .Where(reference =>
                (reference.StartsWith("Cadence.", StringComparison.Ordinal) && reference != Solution.BuildingBlocks)
                || ForbiddenInContracts.Any(prefix => reference.StartsWith(prefix, StringComparison.Ordinal)))
            .Select(reference => $"{contracts} references {reference}");

    /// <summary>Only a module's entry class and its page models may be public in its implementation.</summary>
    public static IEnumerable<string> PublicSurfaceViolations(string module, IEnumerable<Type> exportedTypes) =>
        exportedTypes
            .Where(type => type.Name != $"{module}Module")
            .Where(type => !typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel).IsAssignableFrom(type))
            .Select(type => $"{type.FullName} is public in Cadence.{module}; make it internal");
}
