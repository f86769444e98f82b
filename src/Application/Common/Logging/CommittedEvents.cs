using ResourceService.Domain.Common;

namespace ResourceService.Application.Common.Logging;

/// <summary>
/// The domain events of this scope whose changes have committed, in order. The unit of work adds them after each
/// commit; <see cref="LoggedUseCase{TRequest,TResponse}"/> takes them to log the key events: a rolled-back change
/// never arrives here, and a retried one arrives once.
/// </summary>
public sealed class CommittedEvents
{
    private readonly List<IDomainEvent> _events = [];

    public void Add(IEnumerable<IDomainEvent> committed) => _events.AddRange(committed);

    /// <summary>The events committed since the last call.</summary>
    public IReadOnlyList<IDomainEvent> TakeAll()
    {
        // Every use case asks, reads included; most have nothing to hand over.
        if (_events.Count == 0)
        {
            return [];
        }

        var taken = _events.ToList();
        _events.Clear();
        return taken;
    }
}
