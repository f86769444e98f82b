using NetArchTest.Rules;

namespace ResourceService.Architecture.Tests;

/// <summary>Which namespaces each layer may use. Each rule takes the layer it checks, so that it can also be shown failing.</summary>
internal static class LayerRules
{
    public static readonly string[] ForbiddenInApplication =
        ["ResourceService.Infrastructure", "ResourceService.Api", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore"];

    public static readonly string[] ForbiddenInInfrastructure = ["ResourceService.Api", "Microsoft.AspNetCore"];

    public static readonly string[] ForbiddenOutsideCompositionRoot = ["ResourceService.Infrastructure"];

    /// <summary>
    /// The Domain uses the base class library and itself, nothing else: no other project and no package
    /// (Entity Framework Core, Microsoft.Extensions, ASP.NET Core, Mapperly, Scrutor or any other).
    /// </summary>
    public static TestResult UsesOnlyBaseLibrary(Layer layer) =>
        layer.Types().Should().OnlyHaveDependenciesOn("System", layer.Namespace, CoverageInstrumentation).GetResult();

    // The coverage run rewrites every assembly to call coverlet's hit tracker; that is the tool's, not the layer's.
    private const string CoverageInstrumentation = "Coverlet.Core.Instrumentation.Tracker";

    public static TestResult UsesNone(Layer layer, IEnumerable<string> namespaces) =>
        layer.Types().ShouldNot().HaveDependencyOnAny([.. namespaces]).GetResult();

    /// <summary>
    /// Outside the composition root (the layer's own namespace, and the top-level <c>Program</c>, which lives in
    /// no namespace) the layer's types use none of the namespaces.
    /// </summary>
    public static TestResult UsesNoneOutsideCompositionRoot(Layer layer, IEnumerable<string> namespaces) =>
        NetArchTest.Rules.Types.InAssembly(layer.Assembly)
            .That().MeetCustomRule(new OutermostNamespace(@namespace => IsBelow(@namespace, layer.Namespace)))
            .ShouldNot().HaveDependencyOnAny([.. namespaces])
            .GetResult();

    private static bool IsBelow(string @namespace, string root) => @namespace.StartsWith($"{root}.", StringComparison.Ordinal);
}
