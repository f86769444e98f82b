using Microsoft.Extensions.DependencyInjection;
using ResourceService.Application.Common;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.CreateResource;
using ResourceService.Application.Resources.DeleteResource;
using ResourceService.Application.Resources.UpdateResource;
using ResourceService.Domain.Common;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Resources;

/// <summary>Writes keep their promises on every engine: exact text, unique ids, no lost update.</summary>
public sealed class ResourceWritesTests(DatabaseProvider provider) : EngineFixture(provider)
{
    private static readonly string[] ExactNames =
    [
        new('Z', 255),
        new('é', 255),
        string.Concat(Enumerable.Repeat("🚀", 127)) + "x",
        "O'Brien \"quoted\" `tick` ; -- DROP TABLE resource",
        "<img src=x onerror=alert(1)>",
        "漢字かなカナ한글 עברית العربية",
    ];

    [TestCaseSource(nameof(ExactNames))]
    public async Task Create_StoresTheNameExactly(string name)
    {
        var created = await CreateAsync(name);

        var found = await InScopeAsync(services => services.GetRequiredService<IResourceQueries>().FindAsync(created.Id, CancellationToken.None));

        Assert.That(found?.Name, Is.EqualTo(name));
    }

    [Test]
    public async Task Create_With120ConcurrentWriters_GivesEveryResourceItsOwnId()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 120).Select(i => Task.Run(() => CreateAsync($"concurrent {i}"))));

        var ids = results.Select(result => result.Id).ToList();
        var listed = await InScopeAsync(services => services.GetRequiredService<IResourceQueries>()
            .ListAsync(new Application.Resources.ListResources.ResourceListCriteria(1, 100, "concurrent", default, false), CancellationToken.None));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ids, Is.Unique);
            Assert.That(ids, Has.Count.EqualTo(120));
            Assert.That(listed.TotalCount, Is.EqualTo(120));
        }
    }

    [Test]
    public async Task Update_OfTheSameVersionByTwoWriters_LetsOneWinAndTheOtherGetAConflict()
    {
        var created = await CreateAsync("contested");
        await using var first = Services.CreateAsyncScope();
        await using var second = Services.CreateAsyncScope();
        var firstCopy = await first.ServiceProvider.GetRequiredService<IResourceRepository>().FindAsync(created.Id, CancellationToken.None);
        var secondCopy = await second.ServiceProvider.GetRequiredService<IResourceRepository>().FindAsync(created.Id, CancellationToken.None);

        firstCopy!.Rename("first writer", DateTime.UtcNow);
        secondCopy!.Rename("second writer", DateTime.UtcNow);
        var firstSave = await first.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        var secondSave = await second.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);

        var stored = await InScopeAsync(services => services.GetRequiredService<IResourceQueries>().FindAsync(created.Id, CancellationToken.None));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(firstSave.IsSuccess, Is.True);
            Assert.That(secondSave.Error?.Kind, Is.EqualTo(ErrorKind.Conflict));
            Assert.That(stored?.Name, Is.EqualTo("first writer"));
            Assert.That(stored?.Version, Is.EqualTo(2));
        }
    }

    [Test]
    public async Task Update_ThenDelete_ChangeWhatIsStored()
    {
        var created = await CreateAsync("before");

        var updated = await InScopeAsync(services => services.GetRequiredService<IUseCase<UpdateResourceCommand, ResourceResponse>>()
            .ExecuteAsync(new UpdateResourceCommand(created.Id, "after", ExpectedVersion: 1), CancellationToken.None));
        var deleted = await InScopeAsync(services => services.GetRequiredService<IUseCase<DeleteResourceCommand, Success>>()
            .ExecuteAsync(new DeleteResourceCommand(created.Id, ExpectedVersion: 2), CancellationToken.None));
        var found = await InScopeAsync(services => services.GetRequiredService<IResourceQueries>().FindAsync(created.Id, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(updated.Value.Name, Is.EqualTo("after"));
            Assert.That(updated.Value.UpdatedAt?.Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(deleted.IsSuccess, Is.True);
            Assert.That(found, Is.Null);
        }
    }

    private async Task<ResourceResponse> CreateAsync(string name)
    {
        var result = await InScopeAsync(services => services.GetRequiredService<IUseCase<CreateResourceCommand, ResourceResponse>>()
            .ExecuteAsync(new CreateResourceCommand(name), CancellationToken.None));
        Assert.That(result.IsSuccess, Is.True, result.Error?.Message);
        return result.Value;
    }
}
