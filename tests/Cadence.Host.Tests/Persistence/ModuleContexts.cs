using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Cadence.Host.Tests.Persistence;

/// <summary>Every module context the way <c>dotnet ef</c> builds it: through the design-time factories found in the module assemblies.</summary>
internal static class ModuleContexts
{
    public static IEnumerable<Type> Factories() =>
        typeof(Program).Assembly.GetReferencedAssemblies()
            .Where(name => name.Name!.StartsWith("Cadence.", StringComparison.Ordinal))
            .Select(System.Reflection.Assembly.Load)
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => !type.IsAbstract && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)))
            .OrderBy(type => type.FullName, StringComparer.Ordinal);

    public static TheoryData<string> FactoryNames() => new(Factories().Select(type => type.FullName!));

    public static TheoryData<string> SqlServerFactoryNames() =>
        new(Factories().Where(type => type.Name.Contains("SqlServer", StringComparison.Ordinal)).Select(type => type.FullName!));

    public static DbContext Create(string factoryName)
    {
        var factoryType = Factories().Single(type => type.FullName == factoryName);
        var factory = Activator.CreateInstance(factoryType)!;
        return (DbContext)factoryType.GetMethod("CreateDbContext")!.Invoke(factory, [Array.Empty<string>()])!;
    }

    public static string ModuleOf(DbContext context) => context.GetType().Namespace!.Split('.')[1].ToLowerInvariant();
}
