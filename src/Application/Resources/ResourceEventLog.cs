using Microsoft.Extensions.Logging;
using ResourceService.Application.Common.Logging;
using ResourceService.Application.Resources.CreateResource;
using ResourceService.Application.Resources.DeleteResource;
using ResourceService.Application.Resources.UpdateResource;
using ResourceService.Domain.Common;
using ResourceService.Domain.Resources;

namespace ResourceService.Application.Resources;

/// <summary>The key events of the Resources module, one structured log event each (ADR 0011).</summary>
internal sealed partial class ResourceEventLog(ILogger<ResourceEventLog> logger)
    : IKeyEventLog, IRejectionLog<CreateResourceCommand>, IRejectionLog<UpdateResourceCommand>, IRejectionLog<DeleteResourceCommand>
{
    public void Log(IDomainEvent committed, string? subject)
    {
        switch (committed)
        {
            case ResourceCreated created:
                Created(logger, created.Resource.Id, subject);
                break;
            case ResourceRenamed renamed:
                Updated(logger, renamed.Resource.Id, renamed.Resource.Version, subject);
                break;
            case ResourceDeleted deleted:
                Deleted(logger, deleted.Resource.Id, subject);
                break;
        }
    }

    public void Log(Error rejection, string? subject) => Rejected(logger, rejection.Code, subject);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Resource {ResourceId} created by {Subject}")]
    private static partial void Created(ILogger logger, int resourceId, string? subject);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Resource {ResourceId} updated to version {Version} by {Subject}")]
    private static partial void Updated(ILogger logger, int resourceId, int version, string? subject);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Resource {ResourceId} deleted by {Subject}")]
    private static partial void Deleted(ILogger logger, int resourceId, string? subject);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Resource write rejected: {ErrorCode} ({Subject})")]
    private static partial void Rejected(ILogger logger, string errorCode, string? subject);
}
