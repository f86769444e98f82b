namespace ResourceService.Api;

/// <summary>
/// What this deployment is, as the OpenAPI document's info names it: a fact of the product that the composition root
/// assembles, not of a module, and none that the shared OpenAPI plumbing should hold.
/// </summary>
internal static class ProductDescription
{
    /// <summary>The product's name, where the framework would write the assembly's ("ResourceService.Api | v1").</summary>
    public const string Title = "Resource service API";

    /// <summary>The first sentence of the document's description; what each module serves is in its tag.</summary>
    public const string Summary = "The resource service stores named resources for web frontends.";
}
