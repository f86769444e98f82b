using ResourceService.Architecture.Tests.Violations.ApiPlumbing.Orders;

namespace ResourceService.Architecture.Tests.Violations.ApiPlumbing.OpenApi;

/// <summary>A shared transformer that knows a module's record instead of reading the module's declaration.</summary>
public static class OrderAwareTransformer
{
    public static bool Applies(Type schema) => schema == typeof(OrderRequest);
}
