using ResourceService.Architecture.Tests.Violations;
using ResourceService.Architecture.Tests.Violations.Modules.Common;
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

    /// <summary>Plumbing shared by every module, which must name none of them.</summary>
    public static IEnumerable<string> SharedFolders() =>
    [
        $"{Layers.Domain.Namespace}.Common",
        $"{Layers.Application.Namespace}.Common",
        $"{Layers.Infrastructure.Namespace}.Persistence",
        $"{Layers.Infrastructure.Namespace}.Caching",
    ];

    [TestCaseSource(nameof(SharedFolders))]
    public void SharedFolder_UsesNoModule(string sharedNamespace)
    {
        RuleAssertions.Passes(ModuleRules.SharedFolderUsesNoModule(Layers.All, sharedNamespace, Modules()));
    }

    [Test]
    public void SharedFolderRule_WhenSharedCodeNamesAModule_ReportsOnlyThatType()
    {
        var result = ModuleRules.SharedFolderUsesNoModule(
            [ModuleViolations], $"{ModuleViolations.Namespace}.Common", ModuleRules.FindModules([ModuleViolations]));

        RuleAssertions.FailsFor(result, typeof(Ledger));
    }

    [Test]
    public void FindModules_LeavesOutTheSharedCommonFolder()
    {
        Assert.That(ModuleRules.FindModules([ModuleViolations]), Is.EqualTo(new[] { "Billing", "Orders" }));
    }

    // InvoicePaidHandler uses Billing's published event and the invoice it carries; only OrderPlaced goes further.
    [Test]
    public void ModuleRule_WhenAModuleUsesAnotherPastItsEvents_ReportsOnlyThatType()
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
