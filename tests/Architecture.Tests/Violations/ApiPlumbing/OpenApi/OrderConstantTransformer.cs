using ResourceService.Architecture.Tests.Violations.ApiPlumbing.Orders;

namespace ResourceService.Architecture.Tests.Violations.ApiPlumbing.OpenApi;

/// <summary>
/// A shared transformer that copies a module's constant. The compiler inlines the value, so the compiled type no
/// longer refers to the module: only its source shows the reference.
/// </summary>
public static class OrderConstantTransformer
{
    public static int MaxItems => OrderLimits.MaxLines;
}
