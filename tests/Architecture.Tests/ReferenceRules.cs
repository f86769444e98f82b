using System.Reflection;

namespace ResourceService.Architecture.Tests;

/// <summary>The arrows between projects as the compiled assemblies record them.</summary>
internal static class ReferenceRules
{
    private const string ProjectPrefix = "ResourceService.";

    private static readonly string RuntimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    public static IEnumerable<string> DisallowedProjectReferences(Assembly assembly, IEnumerable<string> allowedProjects) =>
        ReferenceNames(assembly)
            .Where(name => name.StartsWith(ProjectPrefix, StringComparison.Ordinal))
            .Except(allowedProjects.Select(project => $"{ProjectPrefix}{project}"));

    /// <summary>References to anything that is not part of the .NET runtime: other projects and packages.</summary>
    public static IEnumerable<string> NonRuntimeReferences(Assembly assembly) =>
        ReferenceNames(assembly).Where(name => !File.Exists(Path.Combine(RuntimeDirectory, $"{name}.dll")));

    private static IEnumerable<string> ReferenceNames(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(reference => reference.Name!);
}
