using NetArchTest.Rules;

namespace ResourceService.Architecture.Tests;

/// <summary>
/// The Api's shared plumbing reads what modules declare and names no module; a module's endpoints reach data only
/// through its use cases, never through a DbContext or a database client.
/// </summary>
internal static class ApiPlumbingRules
{
    /// <summary>The Api's folders that every module shares.</summary>
    public static readonly string[] SharedFolders = ["OpenApi", "Security", "Common"];

    /// <summary>EF Core and the database clients under it: what an endpoint would use to skip its use cases.</summary>
    public static readonly string[] Persistence =
        ["Microsoft.EntityFrameworkCore", "Microsoft.Data.Sqlite", "Microsoft.Data.SqlClient", "Npgsql", "System.Data"];

    /// <summary>The types of <paramref name="folder"/> in <paramref name="plumbing"/> that use any module, in any of <paramref name="moduleLayers"/>.</summary>
    public static TestResult NamesNoModule(Layer plumbing, string folder, IEnumerable<Layer> moduleLayers, IEnumerable<string> modules) =>
        TypesUnder(plumbing, folder)
            .ShouldNot().HaveDependencyOnAny([.. modules.SelectMany(module => moduleLayers.Select(layer => $"{layer.Namespace}.{module}"))])
            .GetResult();

    /// <summary>The types of <paramref name="module"/>'s folder in <paramref name="api"/> that use EF Core or a database client.</summary>
    public static TestResult EndpointsUseNoPersistence(Layer api, string module) =>
        TypesUnder(api, module).ShouldNot().HaveDependencyOnAny(Persistence).GetResult();

    private static PredicateList TypesUnder(Layer layer, string folder) =>
        Types.InAssembly(layer.Assembly)
            .That().MeetCustomRule(new OutermostNamespace(@namespace => Layer.IsWithin(@namespace, $"{layer.Namespace}.{folder}")));
}
