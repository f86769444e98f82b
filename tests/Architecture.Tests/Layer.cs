using System.Reflection;
using NetArchTest.Rules;

namespace ResourceService.Architecture.Tests;

/// <summary>An assembly and the namespace its own types live under; the rules are checked against these types.</summary>
public sealed record Layer(string Name, Assembly Assembly, string Namespace)
{
    /// <summary>The layer's types, nested and compiler-generated ones counted with the type that holds them.</summary>
    public PredicateList Types() =>
        NetArchTest.Rules.Types.InAssembly(Assembly).That().MeetCustomRule(new OutermostNamespace(Contains));

    public bool Contains(string? @namespace) => IsWithin(@namespace, Namespace);

    public static bool IsWithin(string? @namespace, string root) =>
        @namespace is not null && (@namespace == root || @namespace.StartsWith($"{root}.", StringComparison.Ordinal));

    public override string ToString() => Name;
}
