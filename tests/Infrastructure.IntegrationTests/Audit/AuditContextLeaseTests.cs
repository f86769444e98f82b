using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceService.Application.Common;
using ResourceService.Domain.Audit;
using ResourceService.Domain.Common;
using ResourceService.Domain.Resources;
using ResourceService.Infrastructure.Audit;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Audit;

/// <summary>
/// The Audit module's context is leased on the scope's connection and joins the transaction a use case opens through
/// the unit of work (ADR 0035), as the idempotent create does: the entry the audit handler appends commits with the
/// change and goes with it when that transaction rolls back, on every engine, including the server engines whose
/// execution strategy retries.
/// </summary>
public sealed class AuditContextLeaseTests(DatabaseProvider provider) : EngineFixture(provider)
{
    [Test]
    public async Task Lease_WorksOnItsOwnScopesConnection_BesideAnotherScope()
    {
        await using var first = Services.CreateAsyncScope();
        await using var second = Services.CreateAsyncScope();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Connection<AuditDbContext>(first), Is.SameAs(Connection<AppDbContext>(first)));
            Assert.That(Connection<AuditDbContext>(second), Is.SameAs(Connection<AppDbContext>(second)));
            Assert.That(Connection<AuditDbContext>(second), Is.Not.SameAs(Connection<AuditDbContext>(first)));
        }
    }

    [Test]
    public async Task EntryAppendedInTheTransaction_CommitsWithTheChange()
    {
        var result = await InTransactionAsync("committed", succeed: true);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsSuccess, Is.True);
            Assert.That(await ResourceNamesAsync(), Is.EqualTo(new[] { "committed" }));
            Assert.That(await AuditedNamesAsync(), Is.EqualTo(new[] { "committed" }));
        }
    }

    [Test]
    public async Task EntryAppendedInTheTransaction_WhenTheWorkFailsAfterIt_RollsBackWithTheChange()
    {
        var result = await InTransactionAsync("rolled back", succeed: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsSuccess, Is.False);
            Assert.That(await ResourceNamesAsync(), Is.Empty);
            Assert.That(await AuditedNamesAsync(), Is.Empty);
        }
    }

    [Test]
    public async Task Entry_BelongsToTheCallersTenant_AndOnlyThatTenantReadsIt()
    {
        Caller.TenantId = "tenant-a";
        await InTransactionAsync("tenant a's", succeed: true);

        var ownTenant = await AuditedNamesAsync();
        Caller.TenantId = "tenant-b";
        var otherTenant = await AuditedNamesAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ownTenant, Is.EqualTo(new[] { "tenant a's" }));
            Assert.That(otherTenant, Is.Empty);
        }
    }

    private Task<Result<int>> InTransactionAsync(string name, bool succeed) => InScopeAsync(services =>
    {
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        return unitOfWork.InTransactionAsync<int>(async token =>
        {
            var resource = Resource.Create(name, DateTime.UtcNow).Value;
            services.GetRequiredService<AppDbContext>().Add(resource);
            await unitOfWork.SaveChangesAsync(token);
            return succeed ? resource.Id : Error.Conflict("injected", "fails after the entry was appended");
        }, CancellationToken.None);
    });

    private static System.Data.Common.DbConnection Connection<TContext>(AsyncServiceScope scope)
        where TContext : DbContext =>
        scope.ServiceProvider.GetRequiredService<TContext>().Database.GetDbConnection();

    private Task<List<string>> ResourceNamesAsync() => InScopeAsync(services =>
        services.GetRequiredService<AppDbContext>().Set<Resource>().Select(resource => resource.Name).ToListAsync());

    private Task<List<string?>> AuditedNamesAsync() => InScopeAsync(services =>
        services.GetRequiredService<AuditDbContext>().Set<AuditEntry>().Select(entry => entry.NameAfter).ToListAsync());
}
