using Microsoft.Extensions.Logging;

namespace ResourceService.Application.Resources;

/// <summary>The key events of the Resources module, one structured log event each.</summary>
internal static partial class ResourceEvents
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Resource {ResourceId} created by {Subject}")]
    public static partial void Created(ILogger logger, int resourceId, string? subject);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Resource {ResourceId} updated to version {Version} by {Subject}")]
    public static partial void Updated(ILogger logger, int resourceId, int version, string? subject);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Resource {ResourceId} deleted by {Subject}")]
    public static partial void Deleted(ILogger logger, int resourceId, string? subject);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Resource write rejected: {ErrorCode} ({Subject})")]
    public static partial void Rejected(ILogger logger, string errorCode, string? subject);
}
