using ResourceService.Architecture.Tests.Violations;
using ResourceService.Architecture.Tests.Violations.Unsealed;

namespace ResourceService.Architecture.Tests;

public sealed class SealedClassTests
{
    [Test]
    public void Application_ConcreteClassesAreSealed()
    {
        RuleAssertions.Passes(ClassRules.ConcreteClassesAreSealed(Layers.Application));
    }

    [Test]
    public void Infrastructure_ConcreteClassesAreSealed()
    {
        RuleAssertions.Passes(ClassRules.ConcreteClassesAreSealed(Layers.Infrastructure));
    }

    [Test]
    public void SealedRule_WhenAConcreteClassIsOpen_ReportsOnlyThatClass()
    {
        var result = ClassRules.ConcreteClassesAreSealed(ViolationLayers.Named("Unsealed"));

        RuleAssertions.FailsFor(result, typeof(OpenHandler));
    }
}
