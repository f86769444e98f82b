namespace ResourceService.Api.Hosting;

/// <summary>The <c>Limits</c> settings: how much one request may ask of the server.</summary>
public sealed class ServerLimits
{
    public const string Section = "Limits";

    /// <summary>The largest request body accepted, in bytes (1 MiB); a larger one is answered 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
