namespace ResourceService.Architecture.Tests.Violations.ApiPlumbing.Orders;

/// <summary>A module's own fact, which only the module should name.</summary>
public static class OrderLimits
{
    public const int MaxLines = 50;
}

public sealed record OrderRequest(IReadOnlyList<string> Lines);
