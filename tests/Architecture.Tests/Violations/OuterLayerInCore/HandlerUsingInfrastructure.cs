using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Architecture.Tests.Violations.OuterLayerInCore;

/// <summary>A use case that reaches into Infrastructure only inside an async method body, after an await.</summary>
public static class HandlerUsingInfrastructure
{
    public static async Task<int> TimeoutAsync()
    {
        await Task.Yield();
        return new DatabaseOptions().CommandTimeoutSeconds;
    }
}
