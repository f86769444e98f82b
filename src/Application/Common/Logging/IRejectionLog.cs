using ResourceService.Domain.Common;

namespace ResourceService.Application.Common.Logging;

/// <summary>
/// How the refusal of a request reads in the log, for the requests whose refusal is a key event (a module's writes).
/// A request without one is refused silently: a read's 404 is an answer, not an event.
/// </summary>
public interface IRejectionLog<in TRequest>
{
    void Log(Error rejection, string? subject);
}
