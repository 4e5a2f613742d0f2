namespace Cadence.ArchitectureTests;

/// <summary>Each rule, shown failing on the kind of change that breaks it.</summary>
public sealed class BrokenRuleTests
{
    [Fact]
    public void A_module_that_references_another_module_implementation_is_reported()
    {
        var violations = ModuleRules.ImplementationReferenceViolations("Composer", ["Cadence.BuildingBlocks", "Cadence.Accounts.Contracts", "Cadence.Accounts"]);

        Assert.Equal(["Cadence.Composer references Cadence.Accounts, another module's implementation"], violations);
    }

    [Fact]
    public void Contracts_that_reach_for_EF_Core_or_a_module_implementation_are_reported()
    {
        var violations = ModuleRules.ContractsReferenceViolations(
            "Cadence.Composer.Contracts",
            ["Cadence.BuildingBlocks", "Microsoft.EntityFrameworkCore", "Cadence.BuildingBlocks.Infrastructure", "Cadence.Accounts"]).ToList();

        Assert.Equal(3, violations.Count);
    }

    [Fact]
    public void A_public_type_inside_a_module_is_reported()
    {
        var violations = ModuleRules.PublicSurfaceViolations("Composer", [typeof(BrokenRuleTests), typeof(PublicPageModel)]);

        Assert.Equal([$"{typeof(BrokenRuleTests).FullName} is public in Cadence.Composer; make it internal"], violations);
    }

    [Fact]
    public void The_real_project_files_are_what_the_rules_read()
    {
        var composerProject = File.ReadAllText(Path.Combine(Solution.RepositoryRoot, "src", "Modules", "Composer", "Cadence.Composer", "Cadence.Composer.csproj"));

        Assert.Contains("Cadence.Composer.Contracts.csproj", composerProject, StringComparison.Ordinal);
    }

    public sealed class PublicPageModel : Microsoft.AspNetCore.Mvc.RazorPages.PageModel;
}
