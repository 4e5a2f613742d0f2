using System.Xml.Linq;

namespace Cadence.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    [Fact]
    public void The_host_composes_all_six_modules()
    {
        Assert.Equal(["Accounts", "Analytics", "Billing", "Composer", "Engagement", "Scheduler"], Solution.ModuleNames);
    }

    [Fact]
    public void Module_implementations_reference_no_other_module_implementation()
    {
        var violations = Solution.ModuleNames.SelectMany(module =>
            ModuleRules.ImplementationReferenceViolations(module, AssemblyReferences($"Cadence.{module}")));

        Assert.Empty(violations);
    }

    [Fact]
    public void Module_projects_reference_no_other_module_implementation()
    {
        var violations = Solution.ModuleNames.SelectMany(module =>
            ModuleRules.ImplementationReferenceViolations(module, ProjectReferences(module, $"Cadence.{module}")));

        Assert.Empty(violations);
    }

    [Fact]
    public void Contracts_depend_on_nothing_but_the_pure_building_blocks()
    {
        var violations = Solution.ModuleContracts.SelectMany(contracts =>
                ModuleRules.ContractsReferenceViolations(contracts.GetName().Name!, contracts.GetReferencedAssemblies().Select(r => r.Name!)))
            .Concat(Solution.ModuleNames.SelectMany(module =>
                ModuleRules.ContractsReferenceViolations($"Cadence.{module}.Contracts", ProjectReferences(module, $"Cadence.{module}.Contracts"))));

        Assert.Empty(violations);
    }

    [Fact]
    public void The_pure_building_blocks_depend_on_no_framework_beyond_the_base_library()
    {
        var buildingBlocks = Solution.CadenceAssemblies.Single(a => a.GetName().Name == Solution.BuildingBlocks);

        Assert.Empty(ModuleRules.ContractsReferenceViolations(Solution.BuildingBlocks, buildingBlocks.GetReferencedAssemblies().Select(r => r.Name!)));
    }

    [Fact]
    public void Implementation_types_are_internal_except_the_module_entry_and_page_models()
    {
        var violations = Solution.ModuleNames.SelectMany(module =>
            ModuleRules.PublicSurfaceViolations(module, Solution.ModuleImplementations.Single(a => a.GetName().Name == $"Cadence.{module}").GetExportedTypes()));

        Assert.Empty(violations);
    }

    [Fact]
    public void Every_module_registers_through_one_entry_class_with_an_Add_and_a_Map_method()
    {
        foreach (var module in Solution.ModuleNames)
        {
            var entry = Solution.ModuleImplementations.Single(a => a.GetName().Name == $"Cadence.{module}").GetType($"Cadence.{module}.{module}Module");

            Assert.NotNull(entry);
            Assert.NotNull(entry.GetMethod($"Add{module}Module"));
            Assert.NotNull(entry.GetMethod($"Map{module}Module"));
        }
    }

    private static IEnumerable<string> AssemblyReferences(string assemblyName) =>
        Solution.CadenceAssemblies.Single(a => a.GetName().Name == assemblyName).GetReferencedAssemblies().Select(r => r.Name!);

    private static IEnumerable<string> ProjectReferences(string module, string project)
    {
        var path = Path.Combine(Solution.RepositoryRoot, "src", "Modules", module, project, $"{project}.csproj");
        return XDocument.Load(path).Descendants("ProjectReference")
            .Select(reference => Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/')));
    }
}
