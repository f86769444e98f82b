using ResourceService.Domain.Common;

namespace ResourceService.Application.Common.Logging;

/// <summary>
/// How a module's committed domain events read in the log: one structured event each, with the module's own ids and
/// messages. Declared by the module, found by scanning; it ignores the events of other modules.
/// </summary>
public interface IKeyEventLog
{
    /// <param name="subject">The caller whose request committed the event, or null for an anonymous one.</param>
    void Log(IDomainEvent committed, string? subject);
}
