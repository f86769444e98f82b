using Mono.Cecil;
using NetArchTest.Rules;

namespace ResourceService.Architecture.Tests;

/// <summary>
/// Selects types by the namespace of their outermost declaring type. NetArchTest names a nested type's namespace
/// after its declaring type (<c>ResourceService.Api.ApiServices</c>), which would move closures out of their layer.
/// </summary>
internal sealed class OutermostNamespace(Func<string, bool> matches) : ICustomRule
{
    public bool MeetsRule(TypeDefinition type)
    {
        while (type.DeclaringType is { } declaring)
        {
            type = declaring;
        }

        return matches(type.Namespace);
    }
}
