using Microsoft.OpenApi;

namespace ResourceService.Api.OpenApi;

/// <summary>
/// What one contract declares: limits of properties (by their record and property name) and descriptions and limits of
/// parameters (by where they are sent and their name). A fact declared twice stops the start-up, so two declarations
/// never silently compete.
/// </summary>
internal sealed class ContractDeclarations
{
    private readonly Dictionary<(Type Owner, string Property), Action<OpenApiSchema>> _properties = [];
    private readonly Dictionary<(ParameterLocation In, string Name), ParameterDeclaration> _parameters = [];

    public IReadOnlyDictionary<(Type Owner, string Property), Action<OpenApiSchema>> Properties => _properties;

    public IReadOnlyDictionary<(ParameterLocation In, string Name), ParameterDeclaration> Parameters => _parameters;

    /// <summary>Limits the schema of <typeparamref name="TOwner"/>'s property <paramref name="property"/> (pass <c>nameof</c>).</summary>
    public ContractDeclarations Property<TOwner>(string property, Action<OpenApiSchema> limit) => Property(typeof(TOwner), property, limit);

    /// <summary>The same for any type; a generic record is declared once for all its arguments (<c>typeof(PagedEnvelope&lt;&gt;)</c>).</summary>
    public ContractDeclarations Property(Type owner, string property, Action<OpenApiSchema> limit)
    {
        Add(_properties, (owner.IsGenericType ? owner.GetGenericTypeDefinition() : owner, property), limit, $"{owner.Name}.{property}");
        return this;
    }

    /// <summary>Describes and limits a route parameter of the module's operations, such as its <c>{id}</c>.</summary>
    public ContractDeclarations PathParameter(string name, string description, Action<OpenApiSchema> limit) =>
        Parameter(ParameterLocation.Path, name, _ => description, limit);

    /// <summary>Describes and limits a query parameter of the module's operations.</summary>
    public ContractDeclarations QueryParameter(string name, string description, Action<OpenApiSchema> limit) =>
        Parameter(ParameterLocation.Query, name, _ => description, limit);

    /// <summary>Describes and limits a request header of the module's operations.</summary>
    public ContractDeclarations HeaderParameter(string name, string description, Action<OpenApiSchema> limit) =>
        Parameter(ParameterLocation.Header, name, _ => description, limit);

    /// <summary>A parameter whose description depends on the operation it appears in (the shared paging parameters).</summary>
    public ContractDeclarations Parameter(
        ParameterLocation location, string name, Func<OperationContract, string> describe, Action<OpenApiSchema> limit)
    {
        Add(_parameters, (location, name), new ParameterDeclaration(describe, limit), $"the {location} parameter '{name}'");
        return this;
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, TValue> declarations, TKey key, TValue value, string what)
        where TKey : notnull
    {
        if (!declarations.TryAdd(key, value))
        {
            throw new InvalidOperationException($"The OpenAPI contract declares {what} twice; declare each fact once.");
        }
    }
}

/// <summary>How a parameter is described and limited.</summary>
internal sealed record ParameterDeclaration(Func<OperationContract, string> Describe, Action<OpenApiSchema> Limit);

/// <summary>What a shared parameter's description may depend on: the module that owns the operation, and the operation's other query parameters.</summary>
internal sealed record OperationContract(ModuleTag? Module, IReadOnlyList<string> QueryParameters);
