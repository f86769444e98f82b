namespace ResourceService.Api.OpenApi;

/// <summary>
/// A module's OpenAPI facts, written in the module's own folder (<c>Api/&lt;Module&gt;/</c>) next to its endpoints. Every
/// implementation in this assembly is found at start-up (it needs a parameterless constructor); the shared transformers
/// read what it declares and name no module. See docs/modules.md, "Declaring a module's contract".
/// </summary>
internal interface IModuleContract
{
    /// <summary>The module's tag: its endpoints' group calls <c>WithTags(Tag.Name)</c>, which ties its operations to this contract.</summary>
    ModuleTag Tag { get; }

    /// <summary>Declares the limits, descriptions and enums of the module's request and response properties and parameters.</summary>
    void Declare(ContractDeclarations contract);
}

/// <summary>The OpenAPI tag of a module's operations.</summary>
/// <param name="Name">The tag, as the module's endpoint group passes it to <c>WithTags</c>.</param>
/// <param name="Description">What the module serves, for the document's list of tags.</param>
/// <param name="Items">What the module's lists hold, in the plural ("resources"), for the shared paging parameters' descriptions.</param>
internal sealed record ModuleTag(string Name, string Description, string Items);
