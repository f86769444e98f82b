namespace ResourceService.Application.Common;

public static class Tenants
{
    /// <summary>The tenant of a caller whose token names none.</summary>
    public const string Default = "default";

    public const int MaxLength = 100;
}
