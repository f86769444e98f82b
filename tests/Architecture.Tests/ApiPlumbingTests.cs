using ResourceService.Architecture.Tests.Violations;
using ResourceService.Architecture.Tests.Violations.ApiPlumbing.OpenApi;
using ResourceService.Architecture.Tests.Violations.Endpoints.Orders;

namespace ResourceService.Architecture.Tests;

public sealed class ApiPlumbingTests
{
    private const string ViolationsFolder = "tests/Architecture.Tests/Violations/ApiPlumbing";

    private static readonly Layer PlumbingViolations = ViolationLayers.Named("ApiPlumbing");
    private static readonly Layer EndpointViolations = ViolationLayers.Named("Endpoints");
    private static readonly string[] ViolationModules = [$"{PlumbingViolations.Namespace}.Orders"];

    public static IEnumerable<string> SharedFolders() => ApiPlumbingRules.SharedFolders;

    [TestCaseSource(nameof(SharedFolders))]
    public void ApiSharedFolder_UsesNoModuleType(string folder)
    {
        RuleAssertions.Passes(ApiPlumbingRules.NamesNoModule(Layers.Api, folder, Layers.All, ModuleDependencyTests.Modules()));
    }

    [TestCaseSource(nameof(SharedFolders))]
    public void ApiSharedFolder_NamesNoModuleInItsSource(string folder)
    {
        var modules = ModuleDependencyTests.Modules().SelectMany(module => Layers.All.Select(layer => $"{layer.Namespace}.{module}"));

        Assert.That(ApiPlumbingSources.FilesNaming($"src/Api/{folder}", modules), Is.Empty);
    }

    [TestCaseSource(typeof(ModuleDependencyTests), nameof(ModuleDependencyTests.Modules))]
    public void ModuleEndpoints_UseNoDbContextNorDatabaseClient(string module)
    {
        RuleAssertions.Passes(ApiPlumbingRules.EndpointsUseNoPersistence(Layers.Api, module));
    }

    [Test]
    public void PlumbingRule_WhenASharedTransformerUsesAModuleType_ReportsOnlyThatType()
    {
        var result = ApiPlumbingRules.NamesNoModule(PlumbingViolations, "OpenApi", [PlumbingViolations], ["Orders"]);

        RuleAssertions.FailsFor(result, typeof(OrderAwareTransformer));
    }

    [Test]
    public void PlumbingSourceRule_WhenASharedFileNamesAModule_ReportsItAlsoForAnInlinedConstant()
    {
        Assert.That(
            ApiPlumbingSources.FilesNaming($"{ViolationsFolder}/OpenApi", ViolationModules),
            Is.EqualTo(new[] { $"{ViolationsFolder}/OpenApi/OrderAwareTransformer.cs", $"{ViolationsFolder}/OpenApi/OrderConstantTransformer.cs" }));
    }

    [Test]
    public void EndpointRule_WhenAnEndpointUsesADbContext_ReportsOnlyThatEndpoint()
    {
        var result = ApiPlumbingRules.EndpointsUseNoPersistence(EndpointViolations, "Orders");

        RuleAssertions.FailsFor(result, typeof(CountingEndpoint));
    }
}
