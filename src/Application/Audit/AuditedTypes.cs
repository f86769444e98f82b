namespace ResourceService.Application.Audit;

/// <summary>The entity types the Audit module records, by the name callers filter on.</summary>
public static class AuditedTypes
{
    public const string Resource = "resource";

    public static IReadOnlyList<string> All { get; } = [Resource];
}
