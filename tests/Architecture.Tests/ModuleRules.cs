using NetArchTest.Rules;
using ResourceService.Domain.Common;

namespace ResourceService.Architecture.Tests;

/// <summary>
/// A module is a folder with the same name in every layer; it uses another module only through that module's published
/// domain events, and the shared folders use no module at all.
/// </summary>
internal static class ModuleRules
{
    /// <summary>Folders that hold plumbing shared by every module rather than a module.</summary>
    private static readonly string[] SharedFolders = ["Common"];

    /// <summary>The modules: the folders directly under the given layers' namespaces, less the shared ones.</summary>
    public static IReadOnlyList<string> FindModules(IEnumerable<Layer> layers) =>
        [.. layers
            .SelectMany(layer => layer.Assembly.GetTypes().Select(type => FolderUnder(layer.Namespace, type.Namespace)))
            .OfType<string>()
            .Except(SharedFolders)
            .Distinct()
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// The types of <paramref name="module"/>, in every layer, that use another module other than through its published
    /// domain events (types implementing <see cref="IDomainEvent"/>) and the types those events carry in their properties.
    /// </summary>
    public static TestResult UsesNoOtherModule(IReadOnlyCollection<Layer> layers, string module, IEnumerable<string> modules)
    {
        var moduleNamespaces = layers.Select(layer => $"{layer.Namespace}.{module}").ToList();
        var otherModuleNamespaces = modules
            .Where(other => other != module)
            .SelectMany(other => layers.Select(layer => $"{layer.Namespace}.{other}"))
            .ToList();
        var otherModuleTypes = layers.Select(layer => layer.Assembly).Distinct()
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => !type.IsNested && otherModuleNamespaces.Any(root => Layer.IsWithin(type.Namespace, root)))
            .ToList();
        var published = Published(otherModuleTypes);
        string[] unpublished = [.. otherModuleTypes.Where(type => !published.Contains(type)).Select(type => type.FullName!)];

        return Types.InAssemblies(layers.Select(layer => layer.Assembly).Distinct())
            .That().MeetCustomRule(new OutermostNamespace(@namespace => moduleNamespaces.Any(root => Layer.IsWithin(@namespace, root))))
            .ShouldNot().HaveDependencyOnAny(unpublished)
            .GetResult();
    }

    /// <summary>The types of the shared folder <paramref name="sharedNamespace"/> that use any module in any layer.</summary>
    public static TestResult SharedFolderUsesNoModule(IReadOnlyCollection<Layer> layers, string sharedNamespace, IEnumerable<string> modules)
    {
        string[] moduleNamespaces = [.. modules.SelectMany(module => layers.Select(layer => $"{layer.Namespace}.{module}"))];

        return Types.InAssemblies(layers.Select(layer => layer.Assembly).Distinct())
            .That().MeetCustomRule(new OutermostNamespace(@namespace => Layer.IsWithin(@namespace, sharedNamespace)))
            .ShouldNot().HaveDependencyOnAny(moduleNamespaces)
            .GetResult();
    }

    // A module's published contract: its domain events, and what a handler must read from them (the entity they carry).
    private static HashSet<Type> Published(IEnumerable<Type> moduleTypes)
    {
        var events = moduleTypes.Where(type => type.IsAssignableTo(typeof(IDomainEvent))).ToList();
        var carried = events.SelectMany(type => type.GetProperties()).Select(property => property.PropertyType);
        return [.. events, .. carried];
    }

    private static string? FolderUnder(string root, string? @namespace) =>
        @namespace is not null && @namespace.StartsWith($"{root}.", StringComparison.Ordinal)
            ? @namespace[(root.Length + 1)..].Split('.')[0]
            : null;
}
