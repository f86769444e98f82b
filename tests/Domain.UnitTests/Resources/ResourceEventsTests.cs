using ResourceService.Domain.Resources;

namespace ResourceService.Domain.UnitTests.Resources;

// The Resources module's published events, raised by the behaviour that makes them true.
public sealed class ResourceEventsTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 18, 0, 0, DateTimeKind.Utc);

    [Test]
    public void Create_RaisesResourceCreatedForTheNewResource()
    {
        var resource = Resource.Create("Meeting Room", Now).Value;

        Assert.That(resource.DomainEvents, Is.EqualTo(new[] { new ResourceCreated(resource) }));
    }

    [Test]
    public void Rename_RaisesResourceRenamedWithThePreviousName()
    {
        var resource = Created("Meeting Room");

        resource.Rename("Board Room", Now.AddMinutes(1));

        Assert.That(resource.DomainEvents, Is.EqualTo(new[] { new ResourceRenamed(resource, "Meeting Room") }));
    }

    [Test]
    public void Rename_ToAnInvalidName_RaisesNothing()
    {
        var resource = Created("Meeting Room");

        resource.Rename(" ", Now.AddMinutes(1));

        Assert.That(resource.DomainEvents, Is.Empty);
    }

    [Test]
    public void Delete_RaisesResourceDeleted()
    {
        var resource = Created("Meeting Room");

        resource.Delete();

        Assert.That(resource.DomainEvents, Is.EqualTo(new[] { new ResourceDeleted(resource) }));
    }

    [Test]
    public void Events_AccumulateInTheOrderRaised_UntilCleared()
    {
        var resource = Resource.Create("Meeting Room", Now).Value;
        resource.Rename("Board Room", Now.AddMinutes(1));
        resource.Delete();

        Assert.That(resource.DomainEvents.Select(raised => raised.GetType()),
            Is.EqualTo(new[] { typeof(ResourceCreated), typeof(ResourceRenamed), typeof(ResourceDeleted) }));
        resource.ClearDomainEvents();
        Assert.That(resource.DomainEvents, Is.Empty);
    }

    private static Resource Created(string name)
    {
        var resource = Resource.Create(name, Now).Value;
        resource.ClearDomainEvents();
        return resource;
    }
}
