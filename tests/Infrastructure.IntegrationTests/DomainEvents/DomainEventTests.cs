using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ResourceService.Application.Common;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.CreateResource;
using ResourceService.Application.Resources.DeleteResource;
using ResourceService.Application.Resources.UpdateResource;
using ResourceService.Domain.Common;
using ResourceService.Domain.Resources;
using ResourceService.Infrastructure.Idempotency;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.DomainEvents;

/// <summary>
/// A domain event's handlers write inside the change's transaction: their writes commit with it and roll back with
/// it, and the key event is logged once the change has committed — never for a rolled-back change, once for a change
/// the execution strategy retried, never for an idempotent replay.
/// </summary>
[NonParallelizable]
public sealed class DomainEventTests(DatabaseProvider provider) : EngineFixture(provider)
{
    private const int CreatedEvent = 1001;

    private readonly CapturingLoggerProvider _log = new();

    private ProbeFaults Faults => Services.GetRequiredService<ProbeFaults>();

    [SetUp]
    public void ResetProbe()
    {
        Faults.FailAfterWrite = false;
        Faults.TransientFailures = 0;
        Faults.Calls = 0;
        _log.Clear();
    }

    [TestCase(null)]
    [TestCase("commit-key")]
    public async Task Create_CommitsTheHandlersWriteWithTheResourceAndLogsItOnce(string? key)
    {
        var created = await CreateAsync("committed", key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.IsSuccess, Is.True);
            Assert.That(await ResourcesNamedAsync("committed"), Is.EqualTo(1));
            Assert.That(await HandlerRowsAsync(), Is.EqualTo(1));
            Assert.That(CreatedLines(), Is.EqualTo(new[] { created.Value.Id }));
        }
    }

    [TestCase(null)]
    [TestCase("rollback-key")]
    public async Task Create_WhenAHandlerFailsBeforeTheCommit_RollsBackTheResourceWithTheHandlersWriteAndLogsNothing(string? key)
    {
        Faults.FailAfterWrite = true;

        Assert.ThrowsAsync<InvalidOperationException>(() => CreateAsync("rolled back", key));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Faults.Calls, Is.EqualTo(1));
            Assert.That(await ResourcesNamedAsync("rolled back"), Is.Zero);
            Assert.That(await HandlerRowsAsync(), Is.Zero);
            Assert.That(CreatedLines(), Is.Empty);
        }
    }

    [Test]
    public async Task UpdateAndDelete_WhenAHandlerFailsBeforeTheCommit_LeaveTheResourceAsItWas()
    {
        var created = await CreateAsync("unchanged", null);
        Faults.FailAfterWrite = true;

        Assert.ThrowsAsync<InvalidOperationException>(() => InScopeAsync(services =>
            services.GetRequiredService<IUseCase<UpdateResourceCommand, ResourceResponse>>()
                .ExecuteAsync(new UpdateResourceCommand(created.Value.Id, "renamed"), CancellationToken.None)));
        Assert.ThrowsAsync<InvalidOperationException>(() => InScopeAsync(services =>
            services.GetRequiredService<IUseCase<DeleteResourceCommand, Success>>()
                .ExecuteAsync(new DeleteResourceCommand(created.Value.Id), CancellationToken.None)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await ResourcesNamedAsync("unchanged"), Is.EqualTo(1));
            Assert.That(await ResourcesNamedAsync("renamed"), Is.Zero);
            Assert.That(await HandlerRowsAsync(), Is.EqualTo(1), "only the create's row");
        }
    }

    [Test]
    public async Task UpdateAndDelete_CommitTheHandlersWritesWithTheirChanges()
    {
        var created = await CreateAsync("to rename", null);

        await InScopeAsync(services => services.GetRequiredService<IUseCase<UpdateResourceCommand, ResourceResponse>>()
            .ExecuteAsync(new UpdateResourceCommand(created.Value.Id, "renamed once"), CancellationToken.None));
        await InScopeAsync(services => services.GetRequiredService<IUseCase<DeleteResourceCommand, Success>>()
            .ExecuteAsync(new DeleteResourceCommand(created.Value.Id), CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await ResourcesNamedAsync("renamed once"), Is.Zero);
            Assert.That(await HandlerRowsAsync(), Is.EqualTo(3));
            Assert.That(_log.Events.Select(logged => logged.EventId).Where(id => id is >= 1001 and <= 1003),
                Is.EqualTo(new[] { 1001, 1002, 1003 }));
        }
    }

    // SQLite's execution strategy never retries; the server engines' retry a transient failure from the start.
    [TestCase(null)]
    [TestCase("retry-key")]
    public async Task Create_RetriedByTheExecutionStrategy_StoresOneResourceOneHandlerWriteAndLogsOneLine(string? key)
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            if (!scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.CreateExecutionStrategy().RetriesOnFailure)
            {
                Assert.Ignore($"{Provider} has no retrying execution strategy.");
            }
        }

        Faults.TransientFailures = 1;

        var created = await CreateAsync("retried", key);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.IsSuccess, Is.True);
            Assert.That(Faults.Calls, Is.EqualTo(2));
            Assert.That(await ResourcesNamedAsync("retried"), Is.EqualTo(1));
            Assert.That(await HandlerRowsAsync(), Is.EqualTo(1));
            Assert.That(CreatedLines(), Is.EqualTo(new[] { created.Value.Id }));
        }
    }

    [Test]
    public async Task Create_ReplayedByItsIdempotencyKey_RunsNoHandlerAndLogsNoSecondLine()
    {
        var first = await CreateAsync("replayed", "replay-key");

        var replay = await CreateAsync("replayed", "replay-key");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(replay.Value, Is.EqualTo(first.Value));
            Assert.That(Faults.Calls, Is.EqualTo(1));
            Assert.That(await HandlerRowsAsync(), Is.EqualTo(1));
            Assert.That(CreatedLines(), Is.EqualTo(new[] { first.Value.Id }));
        }
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddLogging(logging => logging.AddProvider(_log));
        services.AddSingleton<ProbeFaults>();
        services.AddScoped<ProbeHandler>();
        services.AddScoped<Application.Common.IDomainEventHandler<ResourceCreated>>(provider => provider.GetRequiredService<ProbeHandler>());
        services.AddScoped<Application.Common.IDomainEventHandler<ResourceRenamed>>(provider => provider.GetRequiredService<ProbeHandler>());
        services.AddScoped<Application.Common.IDomainEventHandler<ResourceDeleted>>(provider => provider.GetRequiredService<ProbeHandler>());
    }

    private Task<Result<ResourceResponse>> CreateAsync(string name, string? key) =>
        InScopeAsync(services => services.GetRequiredService<IUseCase<CreateResourceCommand, ResourceResponse>>()
            .ExecuteAsync(new CreateResourceCommand(name, key), CancellationToken.None));

    private List<object?> CreatedLines() =>
        _log.Events.Where(logged => logged.EventId == CreatedEvent).Select(logged => logged.Properties["ResourceId"]).ToList();

    private Task<int> ResourcesNamedAsync(string name) =>
        InScopeAsync(services => services.GetRequiredService<AppDbContext>().Set<Resource>().CountAsync(resource => resource.Name == name));

    private Task<int> HandlerRowsAsync() =>
        InScopeAsync(services => services.GetRequiredService<AppDbContext>().Set<IdempotencyRecord>()
            .CountAsync(record => record.Scope == ProbeFaults.Scope));
}
