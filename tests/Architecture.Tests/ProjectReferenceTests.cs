namespace ResourceService.Architecture.Tests;

public sealed class ProjectReferenceTests
{
    private static readonly object[] AllowedArrows =
    [
        new object[] { Layers.Domain, Array.Empty<string>() },
        new object[] { Layers.Application, new[] { "Domain" } },
        new object[] { Layers.Infrastructure, new[] { "Application", "Domain" } },
        new object[] { Layers.Api, new[] { "Application", "Domain", "Infrastructure" } },
    ];

    [TestCaseSource(nameof(AllowedArrows))]
    public void Assembly_ReferencesOnlyTheProjectsItMay(Layer layer, string[] allowedProjects)
    {
        Assert.That(ReferenceRules.DisallowedProjectReferences(layer.Assembly, allowedProjects), Is.Empty);
    }

    [Test]
    public void Domain_ReferencesNothingButTheRuntime()
    {
        Assert.That(ReferenceRules.NonRuntimeReferences(Layers.Domain.Assembly), Is.Empty);
    }

    [Test]
    public void ProjectRule_WhenAnAssemblyReferencesOuterProjects_ReportsThem()
    {
        var references = ReferenceRules.DisallowedProjectReferences(typeof(ProjectReferenceTests).Assembly, ["Domain"]);

        Assert.That(
            references,
            Is.EquivalentTo(new[] { "ResourceService.Application", "ResourceService.Infrastructure", "ResourceService.Api" }));
    }

    [Test]
    public void RuntimeRule_WhenAnAssemblyReferencesPackages_ReportsThem()
    {
        var references = ReferenceRules.NonRuntimeReferences(typeof(ProjectReferenceTests).Assembly);

        Assert.That(references, Is.SupersetOf(new[] { "nunit.framework", "NetArchTest.Rules", "ResourceService.Domain" }));
    }
}
