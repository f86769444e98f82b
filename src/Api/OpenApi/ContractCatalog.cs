using System.Reflection;
using Microsoft.OpenApi;

namespace ResourceService.Api.OpenApi;

/// <summary>
/// The shared contract and every module's (<see cref="IModuleContract"/>, found by scanning), read by the transformers.
/// A property fact holds wherever its record appears; a module's parameter facts hold only in the operations tagged
/// with the module's tag, so two modules may each have their own <c>sort</c> or <c>{id}</c>.
/// </summary>
internal sealed class ContractCatalog
{
    private readonly ContractDeclarations _shared = SharedContract.Declare(new ContractDeclarations());
    private readonly Dictionary<string, (ModuleTag Tag, ContractDeclarations Declarations)> _modules = new(StringComparer.Ordinal);
    private readonly Dictionary<(Type Owner, string Property), Action<OpenApiSchema>> _properties = [];

    public ContractCatalog(IEnumerable<IModuleContract> modules)
    {
        AddProperties(_shared);
        foreach (var module in modules)
        {
            var declarations = new ContractDeclarations();
            module.Declare(declarations);
            if (!_modules.TryAdd(module.Tag.Name, (module.Tag, declarations)))
            {
                throw new InvalidOperationException($"Two module contracts declare the tag '{module.Tag.Name}'; each module has its own.");
            }

            AddProperties(declarations);
        }
    }

    /// <summary>The module contracts of <paramref name="assembly"/>: every concrete <see cref="IModuleContract"/> in it.</summary>
    public static ContractCatalog In(Assembly assembly) =>
        new(assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IModuleContract).IsAssignableFrom(type))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (IModuleContract)Activator.CreateInstance(type)!));

    public IEnumerable<ModuleTag> Tags => _modules.Values.Select(module => module.Tag);

    public Action<OpenApiSchema>? Property(Type owner, string property) =>
        _properties.GetValueOrDefault((owner.IsGenericType ? owner.GetGenericTypeDefinition() : owner, property));

    /// <summary>The module whose tag the operation carries, if any declared one.</summary>
    public ModuleTag? Module(IEnumerable<string> operationTags) =>
        operationTags.Select(tag => _modules.GetValueOrDefault(tag).Tag).FirstOrDefault(tag => tag is not null);

    /// <summary>The parameter as the operation's module declares it, else as the shared contract does; null when neither does.</summary>
    public ParameterDeclaration? Parameter(ModuleTag? module, ParameterLocation location, string name) =>
        (module is null ? null : _modules[module.Name].Declarations.Parameters.GetValueOrDefault((location, name))) ??
        _shared.Parameters.GetValueOrDefault((location, name));

    private void AddProperties(ContractDeclarations declarations)
    {
        foreach (var (key, limit) in declarations.Properties)
        {
            if (!_properties.TryAdd(key, limit))
            {
                throw new InvalidOperationException(
                    $"Two contracts declare {key.Owner.Name}.{key.Property}; the module that owns the record declares it.");
            }
        }
    }
}
