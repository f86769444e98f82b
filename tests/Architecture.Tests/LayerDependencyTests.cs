using ResourceService.Architecture.Tests.Violations;
using ResourceService.Architecture.Tests.Violations.CompositionRoot.Endpoints;
using ResourceService.Architecture.Tests.Violations.FrameworkInCore;
using ResourceService.Architecture.Tests.Violations.HttpInPersistence;
using ResourceService.Architecture.Tests.Violations.OuterLayerInCore;

namespace ResourceService.Architecture.Tests;

public sealed class LayerDependencyTests
{
    [Test]
    public void Domain_UsesOnlyTheBaseClassLibrary()
    {
        RuleAssertions.Passes(LayerRules.UsesOnlyBaseLibrary(Layers.Domain));
    }

    [Test]
    public void Application_UsesNeitherOuterLayersNorEfCoreNorAspNetCore()
    {
        RuleAssertions.Passes(LayerRules.UsesNone(Layers.Application, LayerRules.ForbiddenInApplication));
    }

    [Test]
    public void Infrastructure_UsesNeitherApiNorAspNetCore()
    {
        RuleAssertions.Passes(LayerRules.UsesNone(Layers.Infrastructure, LayerRules.ForbiddenInInfrastructure));
    }

    [Test]
    public void Api_OutsideCompositionRoot_DoesNotUseInfrastructure()
    {
        RuleAssertions.Passes(LayerRules.UsesNoneOutsideCompositionRoot(Layers.Api, LayerRules.ForbiddenOutsideCompositionRoot));
    }

    [Test]
    public void DomainRule_WhenATypeUsesEfCore_ReportsOnlyThatType()
    {
        var result = LayerRules.UsesOnlyBaseLibrary(ViolationLayers.Named("FrameworkInCore"));

        RuleAssertions.FailsFor(result, typeof(EntityWithDbContext));
    }

    [Test]
    public void DomainRule_WhenATypeUsesAnotherProject_ReportsIt()
    {
        var result = LayerRules.UsesOnlyBaseLibrary(ViolationLayers.Named("OuterLayerInCore"));

        RuleAssertions.FailsFor(result, typeof(HandlerUsingInfrastructure));
    }

    [Test]
    public void ApplicationRule_WhenATypeUsesEfCore_ReportsOnlyThatType()
    {
        var result = LayerRules.UsesNone(ViolationLayers.Named("FrameworkInCore"), LayerRules.ForbiddenInApplication);

        RuleAssertions.FailsFor(result, typeof(EntityWithDbContext));
    }

    [Test]
    public void ApplicationRule_WhenATypeUsesInfrastructureInAMethodBody_ReportsIt()
    {
        var result = LayerRules.UsesNone(ViolationLayers.Named("OuterLayerInCore"), LayerRules.ForbiddenInApplication);

        RuleAssertions.FailsFor(result, typeof(HandlerUsingInfrastructure));
    }

    [Test]
    public void InfrastructureRule_WhenATypeUsesHttpContext_ReportsIt()
    {
        var result = LayerRules.UsesNone(ViolationLayers.Named("HttpInPersistence"), LayerRules.ForbiddenInInfrastructure);

        RuleAssertions.FailsFor(result, typeof(RepositoryReadingHttpContext));
    }

    [Test]
    public void CompositionRootRule_WhenAnEndpointUsesInfrastructure_ReportsOnlyThatEndpoint()
    {
        var result = LayerRules.UsesNoneOutsideCompositionRoot(
            ViolationLayers.Named("CompositionRoot"), LayerRules.ForbiddenOutsideCompositionRoot);

        RuleAssertions.FailsFor(result, typeof(LeakyEndpoint));
    }
}
