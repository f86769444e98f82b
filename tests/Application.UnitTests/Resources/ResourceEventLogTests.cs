using Microsoft.Extensions.Logging;
using ResourceService.Application.Resources;
using ResourceService.Application.UnitTests.Support;
using ResourceService.Domain.Common;
using ResourceService.Domain.Resources;

namespace ResourceService.Application.UnitTests.Resources;

// The key events of ADR 0011, as the service's log and its operators read them.
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ResourceEventLogTests
{
    private readonly CapturingLogger<ResourceEventLog> _logger = new();

    [Test]
    public void Log_OfACreatedResource_Is1001WithItsIdAndTheSubject()
    {
        Log(new ResourceCreated(StoredResources.WithId(5)), "user-42");

        AssertLogged(1001, ("ResourceId", 5), ("Subject", "user-42"));
    }

    [Test]
    public void Log_OfARenamedResource_Is1002WithItsIdItsNewVersionAndTheSubject()
    {
        Log(new ResourceRenamed(StoredResources.WithId(7, version: 4), "Old Name"), "user-42");

        AssertLogged(1002, ("ResourceId", 7), ("Version", 4), ("Subject", "user-42"));
    }

    [Test]
    public void Log_OfADeletedResource_Is1003WithItsIdAndTheSubject()
    {
        Log(new ResourceDeleted(StoredResources.WithId(9)), "user-42");

        AssertLogged(1003, ("ResourceId", 9), ("Subject", "user-42"));
    }

    [Test]
    public void Log_OfARejection_Is1004WithTheErrorCodeAndTheSubject()
    {
        new ResourceEventLog(_logger).Log(Error.NotFound("resource_not_found", "Gone."), "user-42");

        AssertLogged(1004, ("ErrorCode", "resource_not_found"), ("Subject", "user-42"));
    }

    [Test]
    public void Log_ForAnAnonymousCaller_HasNoSubject()
    {
        Log(new ResourceCreated(StoredResources.WithId(5)), null);

        Assert.That(_logger.Events.Single().Properties["Subject"], Is.Null);
    }

    [Test]
    public void Log_OfAnotherModulesEvent_LogsNothing()
    {
        Log(new ForeignEvent(), "user-42");

        Assert.That(_logger.Events, Is.Empty);
    }

    private void Log(IDomainEvent committed, string? subject) => new ResourceEventLog(_logger).Log(committed, subject);

    private void AssertLogged(int eventId, params (string Name, object Value)[] properties)
    {
        var logged = _logger.Events.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(logged.EventId, Is.EqualTo(eventId));
            Assert.That(logged.Level, Is.EqualTo(LogLevel.Information));
            foreach (var (name, value) in properties)
            {
                Assert.That(logged.Properties[name], Is.EqualTo(value), name);
            }
        }
    }

    private sealed record ForeignEvent : IDomainEvent;
}
