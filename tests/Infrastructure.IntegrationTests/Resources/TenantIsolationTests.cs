using Microsoft.Extensions.DependencyInjection;
using ResourceService.Application.Common;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.CreateResource;
using ResourceService.Application.Resources.DeleteResource;
using ResourceService.Application.Resources.GetResource;
using ResourceService.Application.Resources.ListResources;
using ResourceService.Application.Resources.UpdateResource;
using ResourceService.Domain.Common;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Resources;

/// <summary>OWASP API1: a caller never sees, changes or deletes another tenant's resource, on any engine.</summary>
public sealed class TenantIsolationTests(DatabaseProvider provider) : EngineFixture(provider)
{
    private const string Acme = "acme";
    private const string Globex = "globex";

    [Test]
    public async Task AnotherTenant_CannotReadUpdateOrDeleteTheResource()
    {
        Caller.TenantId = Acme;
        var owned = await RunAsync<IUseCase<CreateResourceCommand, ResourceResponse>, ResourceResponse>(useCase => useCase.ExecuteAsync(new CreateResourceCommand("acme secret"), default));

        Caller.TenantId = Globex;
        var read = await RunAsync<IUseCase<GetResourceQuery, ResourceResponse>, ResourceResponse>(useCase => useCase.ExecuteAsync(new GetResourceQuery(owned.Value.Id), default));
        var updated = await RunAsync<IUseCase<UpdateResourceCommand, ResourceResponse>, ResourceResponse>(useCase => useCase.ExecuteAsync(new UpdateResourceCommand(owned.Value.Id, "stolen"), default));
        var deleted = await RunAsync<IUseCase<DeleteResourceCommand, Success>, Success>(useCase => useCase.ExecuteAsync(new DeleteResourceCommand(owned.Value.Id), default));

        Caller.TenantId = Acme;
        var stillThere = await RunAsync<IUseCase<GetResourceQuery, ResourceResponse>, ResourceResponse>(useCase => useCase.ExecuteAsync(new GetResourceQuery(owned.Value.Id), default));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.Error?.Kind, Is.EqualTo(ErrorKind.NotFound));
            Assert.That(updated.Error?.Kind, Is.EqualTo(ErrorKind.NotFound));
            Assert.That(deleted.Error?.Kind, Is.EqualTo(ErrorKind.NotFound));
            Assert.That(stillThere.Value.Name, Is.EqualTo("acme secret"));
            Assert.That(stillThere.Value.Version, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Lists_AndTheirCounts_HoldOnlyTheCallersTenant()
    {
        foreach (var (tenant, count) in new[] { (Acme, 3), (Globex, 2) })
        {
            Caller.TenantId = tenant;
            for (var i = 0; i < count; i++)
            {
                await RunAsync<IUseCase<CreateResourceCommand, ResourceResponse>, ResourceResponse>(useCase => useCase.ExecuteAsync(new CreateResourceCommand($"shared name {i}"), default));
            }
        }

        Caller.TenantId = Acme;
        var acme = await RunAsync<IUseCase<ListResourcesQuery, PagedList<ResourceResponse>>, Application.Common.PagedList<ResourceResponse>>(useCase => useCase.ExecuteAsync(new ListResourcesQuery(Name: "shared"), default));
        Caller.TenantId = Globex;
        var globex = await RunAsync<IUseCase<ListResourcesQuery, PagedList<ResourceResponse>>, Application.Common.PagedList<ResourceResponse>>(useCase => useCase.ExecuteAsync(new ListResourcesQuery(), default));
        Caller.TenantId = "initech";
        var initech = await RunAsync<IUseCase<ListResourcesQuery, PagedList<ResourceResponse>>, Application.Common.PagedList<ResourceResponse>>(useCase => useCase.ExecuteAsync(new ListResourcesQuery(), default));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((acme.Value.TotalCount, acme.Value.Items.Count), Is.EqualTo((3, 3)));
            Assert.That((globex.Value.TotalCount, globex.Value.Items.Count), Is.EqualTo((2, 2)));
            Assert.That(acme.Value.Items.Select(item => item.Id), Is.Not.SubsetOf(globex.Value.Items.Select(item => item.Id)));
            Assert.That(initech.Value.TotalCount, Is.Zero);
        }
    }

    [Test]
    public async Task IdempotencyKeys_OfOneTenant_DoNotReplayForAnother()
    {
        Caller.TenantId = Acme;
        var first = await RunAsync<IUseCase<CreateResourceCommand, ResourceResponse>, ResourceResponse>(useCase => useCase.ExecuteAsync(new CreateResourceCommand("keyed", "same-key"), default));
        Caller.TenantId = Globex;
        var second = await RunAsync<IUseCase<CreateResourceCommand, ResourceResponse>, ResourceResponse>(useCase => useCase.ExecuteAsync(new CreateResourceCommand("keyed", "same-key"), default));

        Assert.That(second.Value.Id, Is.Not.EqualTo(first.Value.Id));
    }

    private Task<Result<T>> RunAsync<TUseCase, T>(Func<TUseCase, Task<Result<T>>> action)
        where TUseCase : notnull =>
        InScopeAsync(services => action(services.GetRequiredService<TUseCase>()));
}
