using Microsoft.Extensions.DependencyInjection;
using ResourceService.Application.Common;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.CreateResource;
using ResourceService.Application.Resources.ListResources;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Resources;

/// <summary>Every read path gives the same answer on every engine.</summary>
public sealed class ResourceQueriesTests(DatabaseProvider provider) : EngineFixture(provider)
{
    private static readonly string[] Names = ["banana", "Apple", "cherry", "ápple pie", "APPLE tart", "date"];

    [Test]
    public async Task List_FilteredByName_MatchesCaseInsensitivelyWithTheSameCountsEverywhere()
    {
        await CreateAllAsync(Names);

        var page = await ListAsync(new ListResourcesQuery(Name: "aPpLe"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Items.Select(item => item.Name), Is.EquivalentTo(new[] { "Apple", "APPLE tart" }));
            Assert.That(page.TotalCount, Is.EqualTo(2));
            Assert.That(page.TotalPages, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task List_FilteredByNonAsciiText_MatchesAcrossCase()
    {
        await CreateAllAsync(["ÁPPLE PIE", "ápple pie", "apple pie"]);

        var page = await ListAsync(new ListResourcesQuery(Name: "Ápple"));

        Assert.That(page.Items.Select(item => item.Name), Is.EquivalentTo(new[] { "ÁPPLE PIE", "ápple pie" }));
    }

    [TestCase("%")]
    [TestCase("_")]
    [TestCase("[a]")]
    [TestCase("\\")]
    public async Task List_FilteredByWildcardCharacters_MatchesThemLiterally(string text)
    {
        await CreateAllAsync(["plain", $"with {text} inside"]);

        var page = await ListAsync(new ListResourcesQuery(Name: text));

        Assert.That(page.Items.Select(item => item.Name), Is.EqualTo(new[] { $"with {text} inside" }));
    }

    [Test]
    public async Task List_SortedByName_UsesTheSameOrdinalCaseInsensitiveOrderOnEveryEngine()
    {
        await CreateAllAsync(Names);

        var ascending = await ListAsync(new ListResourcesQuery(Sort: "name"));
        var descending = await ListAsync(new ListResourcesQuery(Sort: "-name"));

        var expected = new[] { "Apple", "APPLE tart", "banana", "cherry", "date", "ápple pie" };
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ascending.Items.Select(item => item.Name), Is.EqualTo(expected));
            Assert.That(descending.Items.Select(item => item.Name), Is.EqualTo(expected.Reverse()));
        }
    }

    [TestCase("id")]
    [TestCase("createdAt")]
    public async Task List_SortedByIdOrCreation_FollowsInsertionOrder(string sort)
    {
        var ids = await CreateAllAsync(Names);

        var ascending = await ListAsync(new ListResourcesQuery(Sort: sort));
        var descending = await ListAsync(new ListResourcesQuery(Sort: "-" + sort));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ascending.Items.Select(item => item.Id), Is.EqualTo(ids));
            Assert.That(descending.Items.Select(item => item.Id), Is.EqualTo(Enumerable.Reverse(ids)));
        }
    }

    [Test]
    public async Task List_Paged_CoversEveryRowOnceWithTheRightCounts()
    {
        await CreateAllAsync(Names);

        var pages = new List<ResourceResponse>();
        for (var number = 1; number <= 3; number++)
        {
            var page = await ListAsync(new ListResourcesQuery(Page: number, PageSize: 4, Sort: "name"));
            Assert.That((page.TotalCount, page.TotalPages), Is.EqualTo((6, 2)));
            pages.AddRange(page.Items);
        }

        Assert.That(pages.Select(item => item.Name), Is.EquivalentTo(Names));
    }

    [Test]
    public async Task Find_ReturnsTheStoredResponseWithUtcTimes()
    {
        var ids = await CreateAllAsync(["one"]);

        var found = await InScopeAsync(services => services.GetRequiredService<IResourceQueries>().FindAsync(ids[0], CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found?.Name, Is.EqualTo("one"));
            Assert.That(found?.CreatedAt.Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(found?.CreatedAt, Is.EqualTo(DateTime.UtcNow).Within(TimeSpan.FromMinutes(1)));
        }
    }

    [Test]
    public async Task Find_WhenAbsent_ReturnsNull()
    {
        var found = await InScopeAsync(services => services.GetRequiredService<IResourceQueries>().FindAsync(int.MaxValue, CancellationToken.None));

        Assert.That(found, Is.Null);
    }

    private async Task<List<int>> CreateAllAsync(IEnumerable<string> names)
    {
        var ids = new List<int>();
        foreach (var name in names)
        {
            var created = await InScopeAsync(services => services.GetRequiredService<IUseCase<CreateResourceCommand, ResourceResponse>>()
                .ExecuteAsync(new CreateResourceCommand(name), CancellationToken.None));
            ids.Add(created.Value.Id);
        }

        return ids;
    }

    private async Task<Application.Common.PagedList<ResourceResponse>> ListAsync(ListResourcesQuery query)
    {
        var result = await InScopeAsync(services => services.GetRequiredService<IUseCase<ListResourcesQuery, PagedList<ResourceResponse>>>().ExecuteAsync(query, CancellationToken.None));
        return result.Value;
    }
}
