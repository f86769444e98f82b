using ResourceService.Architecture.Tests.Violations;
using ResourceService.Architecture.Tests.Violations.Modules.Orders;

namespace ResourceService.Architecture.Tests;

public sealed class ModuleDependencyTests
{
    private static readonly Layer ModuleViolations = ViolationLayers.Named("Modules");

    /// <summary>Modules own their entities and use cases, so they are found in the Domain and the Application.</summary>
    public static IReadOnlyList<string> Modules() => ModuleRules.FindModules([Layers.Domain, Layers.Application]);

    [Test]
    public void Modules_AreFoundInTheLayers()
    {
        Assert.That(Modules(), Does.Contain("Resources"));
    }

    [TestCaseSource(nameof(Modules))]
    public void Module_UsesNoOtherModuleInAnyLayer(string module)
    {
        RuleAssertions.Passes(ModuleRules.UsesNoOtherModule(Layers.All, module, Modules()));
    }

    [Test]
    public void FindModules_LeavesOutTheSharedCommonFolder()
    {
        Assert.That(ModuleRules.FindModules([ModuleViolations]), Is.EqualTo(new[] { "Billing", "Orders" }));
    }

    [Test]
    public void ModuleRule_WhenAModuleUsesAnother_ReportsOnlyThatType_NotOneUsingItsPublishedEvent()
    {
        var result = ModuleRules.UsesNoOtherModule([ModuleViolations], "Orders", ModuleRules.FindModules([ModuleViolations]));

        RuleAssertions.FailsFor(result, typeof(OrderPlaced));
    }

    [Test]
    public void ModuleRule_WhenAModuleUsesNoOther_Passes()
    {
        RuleAssertions.Passes(ModuleRules.UsesNoOtherModule([ModuleViolations], "Billing", ModuleRules.FindModules([ModuleViolations])));
    }
}
