using ResourceService.Application.Common;
using ResourceService.Domain.Common;
using ResourceService.Domain.Resources;
using ResourceService.Infrastructure.Idempotency;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.DomainEvents;

/// <summary>What the probe handler is told to do, and what it saw; one per fixture.</summary>
public sealed class ProbeFaults
{
    public const string Scope = "domain-event-probe";

    /// <summary>Fail after writing, every time: the change and the write must roll back together.</summary>
    public bool FailAfterWrite { get; set; }

    /// <summary>Fail this many times with a failure the execution strategy retries.</summary>
    public int TransientFailures { get; set; }

    public int Calls { get; set; }
}

/// <summary>
/// A test-only handler of the Resources module's events, standing in for a module that records them (the Audit
/// module): it writes a row of a shared table through the scope's context, inside the unit of work's transaction.
/// </summary>
internal sealed class ProbeHandler(AppDbContext db, ProbeFaults faults)
    : IDomainEventHandler<ResourceCreated>, IDomainEventHandler<ResourceRenamed>, IDomainEventHandler<ResourceDeleted>
{
    public Task HandleAsync(ResourceCreated domainEvent, CancellationToken cancellationToken) => Record(domainEvent, domainEvent.Resource);

    public Task HandleAsync(ResourceRenamed domainEvent, CancellationToken cancellationToken) => Record(domainEvent, domainEvent.Resource);

    public Task HandleAsync(ResourceDeleted domainEvent, CancellationToken cancellationToken) => Record(domainEvent, domainEvent.Resource);

    private Task Record(IDomainEvent domainEvent, Resource resource)
    {
        faults.Calls++;
        // The id is read when the handler runs: a created resource's is already assigned.
        Assert.That(resource.Id, Is.Positive);
        db.Add(new IdempotencyRecord
        {
            Scope = ProbeFaults.Scope,
            Key = $"{domainEvent.GetType().Name} {resource.Id} {Guid.NewGuid():N}",
            RequestHash = resource.Name,
            LockedUntil = DateTime.UtcNow,
            ExpiresAt = DateTime.UtcNow.AddHours(1),
        });

        if (faults.TransientFailures > 0)
        {
            faults.TransientFailures--;
            throw new TimeoutException("injected transient failure between the change and the commit");
        }

        return faults.FailAfterWrite
            ? throw new InvalidOperationException("injected failure between the change and the commit")
            : Task.CompletedTask;
    }
}
