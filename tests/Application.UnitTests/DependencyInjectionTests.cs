using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ResourceService.Application.Common;
using ResourceService.Application.Common.Idempotency;
using ResourceService.Application.Common.Logging;
using ResourceService.Application.Resources;
using ResourceService.Application.Resources.CreateResource;
using ResourceService.Application.Resources.DeleteResource;
using ResourceService.Application.Resources.GetResource;
using ResourceService.Application.Resources.ListResources;
using ResourceService.Application.Resources.UpdateResource;
using ResourceService.Application.UnitTests.Support;
using ResourceService.Domain.Common;
using ResourceService.Domain.Resources;

namespace ResourceService.Application.UnitTests;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class DependencyInjectionTests
{
    private readonly Mock<IResourceRepository> _repository = new();
    private readonly Mock<IResourceQueries> _queries = new();
    private readonly Mock<IUnitOfWork> _unitOfWork = new();
    private readonly Mock<ICurrentUser> _user = new();
    private readonly Mock<IIdempotencyStore> _idempotency = new();
    private readonly ServiceCollection _services = new();

    private readonly CommittedEvents _committed = new();
    private readonly List<Resource> _added = [];

    public DependencyInjectionTests()
    {
        // The unit of work commits what the repository was given, and reports its events as committed.
        _repository.Setup(repository => repository.Add(It.IsAny<Resource>())).Callback<Resource>(_added.Add);
        _unitOfWork.Setup(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>()))
            .Callback(() => _committed.Add(_added.SelectMany(resource => resource.DomainEvents)))
            .ReturnsAsync(SaveOutcomes.Saved);
        _services.AddScoped(_ => _repository.Object);
        _services.AddScoped(_ => _queries.Object);
        _services.AddScoped(_ => _unitOfWork.Object);
        _services.AddScoped(_ => _user.Object);
        _services.AddScoped(_ => _idempotency.Object);
        _idempotency.Setup(store => store.CompleteAsync(It.IsAny<IdempotencyClaim>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(true);
        _services.AddSingleton<TimeProvider>(Clocks.Fixed());
        _services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        AddLooseMocksOfTheOtherPorts(_services);
        _services.AddApplication();
        _services.AddSingleton(_committed);
    }

    // Every other port of the Application (an interface it declares and does not implement) resolves to a loose mock, so
    // that a module's ports need no line here.
    private static void AddLooseMocksOfTheOtherPorts(ServiceCollection services)
    {
        var types = typeof(IUseCase<,>).Assembly.GetTypes();
        var ports = types.Where(type => type is { IsInterface: true, IsPublic: true, IsGenericTypeDefinition: false } &&
            !types.Any(implementation => implementation is { IsClass: true, IsAbstract: false } && implementation.IsAssignableTo(type)));
        foreach (var port in ports.Where(port => services.All(service => service.ServiceType != port)))
        {
            services.AddScoped(port, _ => ((Mock)Activator.CreateInstance(typeof(Mock<>).MakeGenericType(port))!).Object);
        }
    }

    public static IEnumerable<Type> UseCases() =>
        typeof(IUseCase<,>).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsGenericTypeDefinition: false })
            .SelectMany(type => type.GetInterfaces())
            .Where(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IUseCase<,>))
            .Distinct();

    [Test]
    public void UseCases_IncludeEveryResourceUseCase()
    {
        Type[] resourceUseCases =
        [
            typeof(IUseCase<CreateResourceCommand, ResourceResponse>), typeof(IUseCase<GetResourceQuery, ResourceResponse>),
            typeof(IUseCase<ListResourcesQuery, PagedList<ResourceResponse>>), typeof(IUseCase<UpdateResourceCommand, ResourceResponse>),
            typeof(IUseCase<DeleteResourceCommand, Success>),
        ];

        Assert.That(UseCases(), Is.SupersetOf(resourceUseCases));
    }

    // Scrutor keeps the decorated handler as a keyed registration; what callers resolve is the un-keyed one.
    [TestCaseSource(nameof(UseCases))]
    public void AddApplication_RegistersUseCaseOncePerRequest(Type useCase)
    {
        var registrations = _services.Where(service => service.ServiceType == useCase && !service.IsKeyedService);

        Assert.That(registrations.Select(service => service.Lifetime), Is.EqualTo(new[] { ServiceLifetime.Scoped }));
    }

    [TestCaseSource(nameof(UseCases))]
    public void AddApplication_ResolvesUseCaseToTheLoggedDecoratorOutermost(Type useCase)
    {
        using var provider = BuildProvider();
        using var scope = provider.CreateScope();

        var resolved = scope.ServiceProvider.GetRequiredService(useCase);

        Assert.That(resolved.GetType().GetGenericTypeDefinition(), Is.EqualTo(typeof(LoggedUseCase<,>)));
    }

    [Test]
    public void AddApplication_RegistersTheResourcesModulesKeyEventLogAndItsWritesRejectionLogs()
    {
        using var provider = BuildProvider();
        using var scope = provider.CreateScope();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scope.ServiceProvider.GetServices<IKeyEventLog>(), Has.One.TypeOf<ResourceEventLog>());
            Assert.That(scope.ServiceProvider.GetServices<IRejectionLog<CreateResourceCommand>>(), Has.One.TypeOf<ResourceEventLog>());
            Assert.That(scope.ServiceProvider.GetServices<IRejectionLog<UpdateResourceCommand>>(), Has.One.TypeOf<ResourceEventLog>());
            Assert.That(scope.ServiceProvider.GetServices<IRejectionLog<DeleteResourceCommand>>(), Has.One.TypeOf<ResourceEventLog>());
            Assert.That(scope.ServiceProvider.GetServices<IRejectionLog<GetResourceQuery>>(), Is.Empty);
        }
    }

    [Test]
    public void AddApplication_GivesEachRequestItsOwnCommittedEvents()
    {
        var services = new ServiceCollection().AddApplication();

        Assert.That(services.Single(service => service.ServiceType == typeof(CommittedEvents)).Lifetime, Is.EqualTo(ServiceLifetime.Scoped));
    }

    [Test]
    public async Task ResolvedCreateResource_RunsTheHandlerAndLogsTheCommittedCreation()
    {
        var logger = UseCapturingLogger<ResourceEventLog>();
        await using var provider = BuildProvider();
        await using var scope = provider.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<IUseCase<CreateResourceCommand, ResourceResponse>>()
            .ExecuteAsync(new CreateResourceCommand("Meeting Room"), CancellationToken.None);

        _repository.Verify(repository => repository.Add(It.Is<Resource>(added => added.Name == "Meeting Room")), Times.Once);
        Assert.That(logger.Events.Select(logged => logged.EventId), Is.EqualTo(new[] { 1001 }));
    }

    // A replay answers the stored response: nothing is created or committed, so nothing is logged.
    [Test]
    public async Task ResolvedCreateResource_WhenKeyWasCompleted_ReplaysWithoutCreatingOrLogging()
    {
        var logger = UseCapturingLogger<ResourceEventLog>();
        var stored = new ResourceResponse(5, "Meeting Room", Clocks.NowInWholeMicroseconds, null, 1);
        ClaimAs(new IdempotencyClaim(ClaimOutcome.Completed, "", "key-1", JsonSerializer.Serialize(stored)));
        await using var provider = BuildProvider();
        await using var scope = provider.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<IUseCase<CreateResourceCommand, ResourceResponse>>()
            .ExecuteAsync(new CreateResourceCommand("Meeting Room", "key-1"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Value, Is.EqualTo(stored));
            Assert.That(logger.Events, Is.Empty);
        }

        _repository.Verify(repository => repository.Add(It.IsAny<Resource>()), Times.Never);
    }

    [Test]
    public async Task ResolvedCreateResource_WhenKeyIsClaimed_CreatesAndLogsOneCreatedEvent()
    {
        var logger = UseCapturingLogger<ResourceEventLog>();
        var claim = ClaimAs(new IdempotencyClaim(ClaimOutcome.Claimed, "", "key-1"));
        _unitOfWork
            .Setup(unitOfWork => unitOfWork.InTransactionAsync(
                It.IsAny<Func<CancellationToken, Task<Result<ResourceResponse>>>>(), It.IsAny<CancellationToken>()))
            .Returns((Func<CancellationToken, Task<Result<ResourceResponse>>> work, CancellationToken token) => work(token));
        await using var provider = BuildProvider();
        await using var scope = provider.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<IUseCase<CreateResourceCommand, ResourceResponse>>()
            .ExecuteAsync(new CreateResourceCommand("Meeting Room", "key-1"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsSuccess, Is.True);
            Assert.That(logger.Events.Select(logged => logged.EventId), Is.EqualTo(new[] { 1001 }));
        }

        _repository.Verify(repository => repository.Add(It.Is<Resource>(added => added.Name == "Meeting Room")), Times.Once);
        _idempotency.Verify(store => store.CompleteAsync(claim, It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task ResolvedUpdateResource_RunsTheHandlerAndLogsItsRejection()
    {
        var logger = UseCapturingLogger<ResourceEventLog>();
        await using var provider = BuildProvider();
        await using var scope = provider.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<IUseCase<UpdateResourceCommand, ResourceResponse>>()
            .ExecuteAsync(new UpdateResourceCommand(7, "Board Room"), CancellationToken.None);

        _repository.Verify(repository => repository.FindAsync(7, It.IsAny<CancellationToken>()), Times.Once);
        AssertRejectedOnce(logger, "resource_not_found");
    }

    [Test]
    public async Task ResolvedDeleteResource_RunsTheHandlerAndLogsItsRejection()
    {
        var logger = UseCapturingLogger<ResourceEventLog>();
        await using var provider = BuildProvider();
        await using var scope = provider.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<IUseCase<DeleteResourceCommand, Success>>()
            .ExecuteAsync(new DeleteResourceCommand(7), CancellationToken.None);

        _repository.Verify(repository => repository.FindAsync(7, It.IsAny<CancellationToken>()), Times.Once);
        AssertRejectedOnce(logger, "resource_not_found");
    }

    // A read that finds nothing answers 404; that is no key event.
    [Test]
    public async Task ResolvedGetResource_WhenNotFound_LogsNothing()
    {
        var logger = UseCapturingLogger<ResourceEventLog>();
        await using var provider = BuildProvider();
        await using var scope = provider.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<IUseCase<GetResourceQuery, ResourceResponse>>()
            .ExecuteAsync(new GetResourceQuery(7), CancellationToken.None);

        Assert.That(result.Error?.Code, Is.EqualTo("resource_not_found"));
        Assert.That(logger.Events, Is.Empty);
    }

    private static void AssertRejectedOnce<T>(CapturingLogger<T> logger, string errorCode)
    {
        var logged = logger.Events.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(logged.EventId, Is.EqualTo(1004));
            Assert.That(logged.Properties["ErrorCode"], Is.EqualTo(errorCode));
        }
    }

    private IdempotencyClaim ClaimAs(IdempotencyClaim claim)
    {
        _idempotency
            .Setup(store => store.ClaimAsync(It.IsAny<string>(), claim.Key, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(claim);
        return claim;
    }

    private CapturingLogger<T> UseCapturingLogger<T>()
    {
        var logger = new CapturingLogger<T>();
        _services.AddSingleton<ILogger<T>>(logger);
        return logger;
    }

    private ServiceProvider BuildProvider() =>
        _services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
}
