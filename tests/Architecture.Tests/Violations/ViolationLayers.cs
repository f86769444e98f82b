namespace ResourceService.Architecture.Tests.Violations;

/// <summary>
/// Small sets of types in this test assembly that break one rule each on purpose. Every rule is applied to one of
/// them too, to show that it can fail and that it names the offending type.
/// </summary>
internal static class ViolationLayers
{
    public static Layer Named(string folder) =>
        new($"Violations.{folder}", typeof(ViolationLayers).Assembly, $"{typeof(ViolationLayers).Namespace}.{folder}");
}
