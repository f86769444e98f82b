using Microsoft.Extensions.DependencyInjection;
using ResourceService.Application.Common;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.CreateResource;
using ResourceService.Application.Resources.DeleteResource;
using ResourceService.Application.Resources.ListResources;
using ResourceService.Application.Resources.UpdateResource;
using ResourceService.Domain.Common;
using ResourceService.Domain.Resources;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Resources;

/// <summary>Cursors, maintained counts and indexed name search give the same answers on every engine.</summary>
public sealed class ListsAtScaleTests(DatabaseProvider provider) : EngineFixture(provider)
{
    private static readonly string[] Names = ["delta", "Alpha", "charlie", "bravo", "alpha", "echo", "ALPHA", "foxtrot", "golf"];

    [TestCase("id")]
    [TestCase("-id")]
    [TestCase("name")]
    [TestCase("-name")]
    [TestCase("createdAt")]
    [TestCase("-createdAt")]
    public async Task WalkingByCursor_VisitsEveryRowOnceInTheOrderOfOnePage(string sort)
    {
        await CreateAllAsync(Names);
        var whole = (await ListAsync(new ListResourcesQuery(Sort: sort, PageSize: 100))).Items.Select(item => item.Id).ToList();

        var walked = new List<int>();
        var page = await ListAsync(new ListResourcesQuery(Sort: sort, PageSize: 2));
        walked.AddRange(page.Items.Select(item => item.Id));
        while (page.NextCursor is { } cursor)
        {
            page = await ListAsync(new ListResourcesQuery(Sort: sort, PageSize: 2, Cursor: cursor));
            walked.AddRange(page.Items.Select(item => item.Id));
        }

        Assert.That(walked, Is.EqualTo(whole).And.Count.EqualTo(Names.Length));
    }

    [Test]
    public async Task WalkingAFilteredListByCursor_KeepsTheFilter()
    {
        await CreateAllAsync(Names);

        var first = await ListAsync(new ListResourcesQuery(Name: "alpha", Sort: "name", PageSize: 2));
        var rest = await ListAsync(new ListResourcesQuery(Name: "alpha", Sort: "name", PageSize: 2, Cursor: first.NextCursor));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Items.Concat(rest.Items).Select(item => item.Name), Is.EquivalentTo(new[] { "Alpha", "alpha", "ALPHA" }));
            Assert.That(rest.NextCursor, Is.Null);
            Assert.That((rest.TotalCount, rest.TotalCountExact), Is.EqualTo((3, true)));
        }
    }

    [Test]
    public async Task TheUnfilteredCount_FollowsEveryCreateAndDeleteAndIgnoresOtherTenants()
    {
        var ids = await CreateAllAsync(Names);
        Caller.TenantId = "other-tenant";
        await CreateAllAsync(["elsewhere"]);
        Caller.TenantId = Tenants.Default;

        await RunAsync<IUseCase<DeleteResourceCommand, Success>, Domain.Common.Success>(delete => delete.ExecuteAsync(new DeleteResourceCommand(ids[0]), CancellationToken.None));
        await RunAsync<IUseCase<UpdateResourceCommand, ResourceResponse>, ResourceResponse>(update => update.ExecuteAsync(new UpdateResourceCommand(ids[1], "renamed"), CancellationToken.None));
        var page = await ListAsync(new ListResourcesQuery(PageSize: 1));

        Assert.That((page.TotalCount, page.TotalCountExact, page.TotalPages), Is.EqualTo((Names.Length - 1, true, Names.Length - 1)));
    }

    [Test]
    public async Task ManyRowsSavedAtOnce_AreCountedAndFoundByName()
    {
        // One SaveChanges of many rows: a multi-row insert on the engines that batch, which set-based triggers must count.
        const int common = ListResourcesRules.MaxExactFilteredCount + 5;
        await InScopeAsync(async services =>
        {
            var repository = services.GetRequiredService<IResourceRepository>();
            var now = DateTime.UtcNow;
            for (var i = 0; i < common; i++)
            {
                repository.Add(Resource.Create($"common row {i}", now).Value);
            }

            repository.Add(Resource.Create("a rare zebra", now).Value);
            return (await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None)).IsSuccess;
        });

        var all = await ListAsync(new ListResourcesQuery(PageSize: 1));
        var commonRows = await ListAsync(new ListResourcesQuery(Name: "COMMON", PageSize: 5, Sort: "-createdAt"));
        var rare = await ListAsync(new ListResourcesQuery(Name: "zebra"));
        var none = await ListAsync(new ListResourcesQuery(Name: "unicorn"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((all.TotalCount, all.TotalCountExact), Is.EqualTo((common + 1, true)));
            Assert.That((commonRows.TotalCount, commonRows.TotalCountExact), Is.EqualTo((ListResourcesRules.MaxExactFilteredCount, false)));
            Assert.That(commonRows.Items, Has.Count.EqualTo(5).And.All.Property(nameof(ResourceResponse.Name)).StartsWith("common row"));
            Assert.That(rare.Items.Select(item => item.Name), Is.EqualTo(new[] { "a rare zebra" }));
            Assert.That((rare.TotalCount, rare.TotalCountExact), Is.EqualTo((1, true)));
            Assert.That((none.TotalCount, none.Items.Count), Is.EqualTo((0, 0)));
        }
    }

    [Test]
    public async Task ARenamedResource_IsFoundByItsNewNameOnly()
    {
        var ids = await CreateAllAsync(["original name"]);

        await RunAsync<IUseCase<UpdateResourceCommand, ResourceResponse>, ResourceResponse>(update => update.ExecuteAsync(new UpdateResourceCommand(ids[0], "replacement"), CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await ListAsync(new ListResourcesQuery(Name: "original"))).TotalCount, Is.Zero);
            Assert.That((await ListAsync(new ListResourcesQuery(Name: "placem"))).TotalCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task CachedReads_SeeEveryCommittedWriteAtOnce_IncludingAnIdempotentCreate()
    {
        var ids = await CreateAllAsync(["first"]);
        var before = await ListAsync(new ListResourcesQuery());
        var item = await FindAsync(ids[0]);

        await RunAsync<IUseCase<UpdateResourceCommand, ResourceResponse>, ResourceResponse>(update => update.ExecuteAsync(new UpdateResourceCommand(ids[0], "renamed"), CancellationToken.None));
        var replayed = await RunAsync<IUseCase<CreateResourceCommand, ResourceResponse>, ResourceResponse>(create =>
            create.ExecuteAsync(new CreateResourceCommand("second", IdempotencyKey: "key-1"), CancellationToken.None));
        var after = await ListAsync(new ListResourcesQuery());

        using (Assert.EnterMultipleScope())
        {
            Assert.That((before.TotalCount, item?.Name), Is.EqualTo((1, "first")));
            Assert.That((await FindAsync(ids[0]))?.Name, Is.EqualTo("renamed"));
            Assert.That(after.Items.Select(row => row.Name), Is.EqualTo(new[] { "renamed", "second" }));
            Assert.That(after.TotalCount, Is.EqualTo(2));
            Assert.That((await FindAsync(replayed.Id))?.Name, Is.EqualTo("second"));
        }
    }

    private Task<ResourceResponse?> FindAsync(int id) =>
        InScopeAsync(services => services.GetRequiredService<IResourceQueries>().FindAsync(id, CancellationToken.None));

    private async Task<List<int>> CreateAllAsync(IEnumerable<string> names)
    {
        var ids = new List<int>();
        foreach (var name in names)
        {
            ids.Add((await RunAsync<IUseCase<CreateResourceCommand, ResourceResponse>, ResourceResponse>(create =>
                create.ExecuteAsync(new CreateResourceCommand(name), CancellationToken.None))).Id);
        }

        return ids;
    }

    private async Task<T> RunAsync<TUseCase, T>(Func<TUseCase, Task<Domain.Common.Result<T>>> run)
        where TUseCase : notnull
    {
        var result = await InScopeAsync(services => run(services.GetRequiredService<TUseCase>()));
        Assert.That(result.IsSuccess, Is.True, result.Error?.Message);
        return result.Value;
    }

    private async Task<PagedList<ResourceResponse>> ListAsync(ListResourcesQuery query) =>
        await RunAsync<IUseCase<ListResourcesQuery, PagedList<ResourceResponse>>, PagedList<ResourceResponse>>(list => list.ExecuteAsync(query, CancellationToken.None));
}
