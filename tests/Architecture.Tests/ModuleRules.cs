using NetArchTest.Rules;

namespace ResourceService.Architecture.Tests;

/// <summary>
/// A module is a folder with the same name in every layer; no module uses another, except through what the other
/// publishes: its domain events and the types those events carry (issue 8, contract B).
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
    /// The types of <paramref name="module"/>, in every layer, that use any other module in any layer other than through
    /// its published events.
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
        var forbidden = otherModuleTypes.Except(published).Select(type => type.FullName!).ToArray();

        return Types.InAssemblies(layers.Select(layer => layer.Assembly).Distinct())
            .That().MeetCustomRule(new OutermostNamespace(@namespace => moduleNamespaces.Any(root => Layer.IsWithin(@namespace, root))))
            .ShouldNot().HaveDependencyOnAny(forbidden.Length == 0 ? ["ResourceService.NoOtherModule"] : forbidden)
            .GetResult();
    }

    // A module publishes its domain events, and with them the types of their properties (an event carries its entity).
    private static HashSet<Type> Published(IReadOnlyCollection<Type> moduleTypes)
    {
        var events = moduleTypes.Where(type => type.GetInterfaces().Any(contract => contract.Name == "IDomainEvent")).ToList();
        var carried = events.SelectMany(@event => @event.GetProperties()).Select(property => property.PropertyType).Where(moduleTypes.Contains);
        return [.. events, .. carried];
    }

    private static string? FolderUnder(string root, string? @namespace) =>
        @namespace is not null && @namespace.StartsWith($"{root}.", StringComparison.Ordinal)
            ? @namespace[(root.Length + 1)..].Split('.')[0]
            : null;
}
