namespace ResourceService.Architecture.Tests.Violations.ApiPlumbing.OpenApi;

/// <summary>A shared transformer that only applies what the modules declare.</summary>
public sealed class DeclaredLimitsTransformer(IReadOnlyDictionary<Type, int> limits)
{
    public int MaxItems(Type schema) => limits.GetValueOrDefault(schema, int.MaxValue);
}
