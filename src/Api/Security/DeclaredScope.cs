using System.Reflection;

namespace ResourceService.Api.Security;

/// <summary>A scope some module declared with <see cref="ScopeAttribute"/>, and what it grants.</summary>
internal sealed record DeclaredScope(string Name, string Grants)
{
    /// <summary>
    /// The scopes declared in the types, ordered by name so that the policies and the document never
    /// depend on reflection order. A scope declared twice, or one that a scope claim could not carry (empty, or with a
    /// space: the claim separates scopes by spaces), stops the start-up instead of being silently merged or dropped.
    /// </summary>
    public static IReadOnlyList<DeclaredScope> In(Assembly assembly) => In(assembly.GetTypes());

    /// <inheritdoc cref="In(Assembly)"/>
    public static IReadOnlyList<DeclaredScope> In(IEnumerable<Type> types)
    {
        var scopes = types
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(field => (Field: field, Declaration: field.GetCustomAttribute<ScopeAttribute>()))
            .Where(found => found.Declaration is not null)
            .Select(found => new DeclaredScope(NameOf(found.Field), found.Declaration!.Grants))
            .OrderBy(scope => scope.Name, StringComparer.Ordinal)
            .ToList();

        var repeated = scopes.GroupBy(scope => scope.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        return repeated is null
            ? scopes
            : throw new InvalidOperationException($"The scope '{repeated.Key}' is declared {repeated.Count()} times; declare each scope once.");
    }

    private static string NameOf(FieldInfo field) =>
        field is { IsLiteral: true } && field.GetRawConstantValue() is string name && name.Length > 0 && !name.Any(char.IsWhiteSpace)
            ? name
            : throw new InvalidOperationException(
                $"{field.DeclaringType}.{field.Name} is marked [Scope] but is not a const string naming one scope without spaces.");
}
