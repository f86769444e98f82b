using System.CodeDom.Compiler;
using System.Reflection;
using System.Runtime.CompilerServices;
using ResourceService.Architecture.Tests.Violations;

namespace ResourceService.Architecture.Tests;

/// <summary>
/// The rules read a layer's types by namespace; this shows that no hand-written type of an assembly escapes them by
/// living outside the assembly's namespace. The top-level <c>Program</c> is the one that may.
/// </summary>
public sealed class LayerScopeTests
{
    [TestCaseSource(typeof(Layers), nameof(Layers.All))]
    public void Layer_KeepsItsHandWrittenTypesUnderItsNamespace(Layer layer)
    {
        Assert.That(TypesOutside(layer), Is.Empty);
    }

    [Test]
    public void ScopeRule_WhenTypesLiveOutsideTheNamespace_ReportsThem()
    {
        Assert.That(TypesOutside(ViolationLayers.Named("Modules")), Does.Contain(typeof(LayerScopeTests)));
    }

    private static IEnumerable<Type> TypesOutside(Layer layer) =>
        layer.Assembly.GetTypes()
            .Where(type => !type.IsNested && type != typeof(Program) && !IsGenerated(type) && !layer.Contains(type.Namespace));

    private static bool IsGenerated(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute)) || type.IsDefined(typeof(GeneratedCodeAttribute));
}
