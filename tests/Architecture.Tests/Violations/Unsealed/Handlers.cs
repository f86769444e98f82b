namespace ResourceService.Architecture.Tests.Violations.Unsealed;

/// <summary>A concrete handler left open for inheritance.</summary>
public class OpenHandler
{
    public string Handle() => nameof(OpenHandler);
}

public sealed class SealedHandler
{
    public string Handle() => nameof(SealedHandler);
}

public abstract class HandlerBase
{
    public abstract string Handle();
}

public static class HandlerNames
{
    public const string Open = nameof(OpenHandler);
}
