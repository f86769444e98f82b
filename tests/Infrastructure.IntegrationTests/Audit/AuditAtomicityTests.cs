using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceService.Application.Common;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.CreateResource;
using ResourceService.Application.Resources.DeleteResource;
using ResourceService.Application.Resources.UpdateResource;
using ResourceService.Domain.Audit;
using ResourceService.Domain.Common;
using ResourceService.Domain.Resources;
using ResourceService.Infrastructure.Audit;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Audit;

/// <summary>
/// Every create, rename and delete of a resource appends its audit entry in the same transaction, on every engine:
/// never a change without its entry, never an entry of a change that rolled back — also when a failure strikes between
/// the change and the commit, after the audit handler has written, and when the execution strategy retries.
/// </summary>
[NonParallelizable]
public sealed class AuditAtomicityTests(DatabaseProvider provider) : EngineFixture(provider)
{
    private AfterAuditFaults Faults => Services.GetRequiredService<AfterAuditFaults>();

    [SetUp]
    public void ResetFaults()
    {
        Faults.Fail = false;
        Faults.TransientFailures = 0;
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        // Registered after the Audit module's handlers, so it runs after them: what they wrote is in the transaction.
        services.AddSingleton<AfterAuditFaults>();
        services.AddScoped<IDomainEventHandler<ResourceCreated>, FailingAfterAudit>();
        services.AddScoped<IDomainEventHandler<ResourceRenamed>, FailingAfterAudit>();
        services.AddScoped<IDomainEventHandler<ResourceDeleted>, FailingAfterAudit>();
    }

    [Test]
    public async Task CreateRenameDelete_EachAppendsItsEntry_WithTheNamesBeforeAndAfter()
    {
        var created = (await CreateAsync("first name")).Value;
        await UpdateAsync(created.Id, "second name");
        await DeleteAsync(created.Id);

        var entries = await EntriesAsync();

        Assert.That(entries.Select(entry => (entry.EntityId, entry.Action, entry.NameBefore, entry.NameAfter, entry.Subject)), Is.EqualTo(new[]
        {
            (created.Id, AuditAction.Created, (string?)null, (string?)"first name", (string?)"integration-tests"),
            (created.Id, AuditAction.Updated, "first name", "second name", "integration-tests"),
            (created.Id, AuditAction.Deleted, "second name", null, "integration-tests"),
        }));
    }

    [Test]
    public async Task Create_WhenAFailureStrikesAfterTheAuditHandler_LeavesNeitherTheResourceNorItsEntry()
    {
        Faults.Fail = true;

        Assert.ThrowsAsync<InvalidOperationException>(() => CreateAsync("never committed"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Faults.SawAuditEntry, Is.True, "the failure struck after the entry was written");
            Assert.That(await ResourceNamesAsync(), Is.Empty);
            Assert.That(await EntriesAsync(), Is.Empty);
        }
    }

    [Test]
    public async Task RenameAndDelete_WhenAFailureStrikesAfterTheAuditHandler_LeaveTheResourceAndOnlyItsCreationEntry()
    {
        var created = (await CreateAsync("kept")).Value;
        Faults.Fail = true;

        Assert.ThrowsAsync<InvalidOperationException>(() => UpdateAsync(created.Id, "not renamed"));
        Assert.ThrowsAsync<InvalidOperationException>(() => DeleteAsync(created.Id));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await ResourceNamesAsync(), Is.EqualTo(new[] { "kept" }));
            Assert.That((await EntriesAsync()).Select(entry => entry.Action), Is.EqualTo(new[] { AuditAction.Created }));
        }
    }

    // SQLite's execution strategy never retries; the server engines' run the whole transaction again.
    [Test]
    public async Task Create_RetriedByTheExecutionStrategy_AppendsExactlyOneEntry()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            if (!scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.CreateExecutionStrategy().RetriesOnFailure)
            {
                Assert.Ignore($"{Provider} has no retrying execution strategy.");
            }
        }

        Faults.TransientFailures = 1;

        var created = await CreateAsync("retried");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.IsSuccess, Is.True);
            Assert.That(await ResourceNamesAsync(), Is.EqualTo(new[] { "retried" }));
            Assert.That((await EntriesAsync()).Select(entry => (entry.EntityId, entry.Action)), Is.EqualTo(new[] { (created.Value.Id, AuditAction.Created) }));
        }
    }

    private Task<Result<ResourceResponse>> CreateAsync(string name) => InScopeAsync(services =>
        services.GetRequiredService<IUseCase<CreateResourceCommand, ResourceResponse>>().ExecuteAsync(new CreateResourceCommand(name), CancellationToken.None));

    private Task<Result<ResourceResponse>> UpdateAsync(int id, string name) => InScopeAsync(services =>
        services.GetRequiredService<IUseCase<UpdateResourceCommand, ResourceResponse>>().ExecuteAsync(new UpdateResourceCommand(id, name), CancellationToken.None));

    private Task<Result<Success>> DeleteAsync(int id) => InScopeAsync(services =>
        services.GetRequiredService<IUseCase<DeleteResourceCommand, Success>>().ExecuteAsync(new DeleteResourceCommand(id), CancellationToken.None));

    private Task<List<string>> ResourceNamesAsync() => InScopeAsync(services =>
        services.GetRequiredService<AppDbContext>().Set<Resource>().Select(resource => resource.Name).ToListAsync());

    private Task<List<AuditEntry>> EntriesAsync() => InScopeAsync(services =>
        services.GetRequiredService<AuditDbContext>().Set<AuditEntry>().AsNoTracking().OrderBy(entry => entry.Id).ToListAsync());

    /// <summary>What the failing handler is told to do, and whether it found the audit entry already written.</summary>
    public sealed class AfterAuditFaults
    {
        public bool Fail { get; set; }

        public int TransientFailures { get; set; }

        public bool SawAuditEntry { get; set; }
    }

    /// <summary>A handler of another module that runs after the Audit module's and fails, before the commit.</summary>
    private sealed class FailingAfterAudit(AfterAuditFaults faults, AuditDbContext audit)
        : IDomainEventHandler<ResourceCreated>, IDomainEventHandler<ResourceRenamed>, IDomainEventHandler<ResourceDeleted>
    {
        public Task HandleAsync(ResourceCreated domainEvent, CancellationToken cancellationToken) => StrikeAsync(cancellationToken);

        public Task HandleAsync(ResourceRenamed domainEvent, CancellationToken cancellationToken) => StrikeAsync(cancellationToken);

        public Task HandleAsync(ResourceDeleted domainEvent, CancellationToken cancellationToken) => StrikeAsync(cancellationToken);

        private async Task StrikeAsync(CancellationToken cancellationToken)
        {
            if (faults.TransientFailures > 0)
            {
                faults.TransientFailures--;
                throw new TimeoutException("injected transient failure between the change and the commit");
            }

            if (faults.Fail)
            {
                // Read inside the transaction, on the scope's connection: the entry is there, uncommitted.
                faults.SawAuditEntry = await audit.Set<AuditEntry>().AnyAsync(cancellationToken);
                throw new InvalidOperationException("injected failure between the change and the commit");
            }
        }
    }
}
