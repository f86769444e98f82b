using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ResourceService.Application.Common;
using ResourceService.Application.Common.Idempotency;
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

    public DependencyInjectionTests()
    {
        _unitOfWork.Setup(unitOfWork => unitOfWork.SaveChangesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(SaveOutcomes.Saved);
        _services.AddScoped(_ => _repository.Object);
        _services.AddScoped(_ => _queries.Object);
        _services.AddScoped(_ => _unitOfWork.Object);
        _services.AddScoped(_ => _user.Object);
        _services.AddScoped(_ => _idempotency.Object);
        _services.AddScoped(_ => Mock.Of<Application.Audit.IAuditQueries>());
        _idempotency.Setup(store => store.CompleteAsync(It.IsAny<IdempotencyClaim>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(true);
        _services.AddSingleton<TimeProvider>(Clocks.Fixed());
        _services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        _services.AddApplication();
    }

    public static IEnumerable<Type> UseCaseInterfaces() =>
        typeof(IUseCase).Assembly.GetTypes()
            .Where(type => type.IsInterface && !type.IsGenericTypeDefinition && type != typeof(IUseCase) && type.IsAssignableTo(typeof(IUseCase)));

    [Test]
    public void UseCaseInterfaces_IncludeEveryResourceUseCase()
    {
        Type[] resourceUseCases =
            [typeof(ICreateResource), typeof(IGetResource), typeof(IListResources), typeof(IUpdateResource), typeof(IDeleteResource)];

        Assert.That(UseCaseInterfaces(), Is.SupersetOf(resourceUseCases));
    }

    // Scrutor keeps the decorated handler as a keyed registration; what callers resolve is the un-keyed one.
    [TestCaseSource(nameof(UseCaseInterfaces))]
    public void AddApplication_RegistersUseCaseOncePerRequest(Type useCase)
    {
        var registrations = _services.Where(service => service.ServiceType == useCase && !service.IsKeyedService);

        Assert.That(registrations.Select(service => service.Lifetime), Is.EqualTo(new[] { ServiceLifetime.Scoped }));
    }

    [TestCaseSource(nameof(UseCaseInterfaces))]
    public void AddApplication_ResolvesUseCase(Type useCase)
    {
        using var provider = BuildProvider();
        using var scope = provider.CreateScope();

        Assert.That(scope.ServiceProvider.GetService(useCase), Is.InstanceOf(useCase));
    }

    [TestCase(typeof(ICreateResource), typeof(IdempotentCreateResource))]
    [TestCase(typeof(IUpdateResource), typeof(LoggedUpdateResource))]
    [TestCase(typeof(IDeleteResource), typeof(LoggedDeleteResource))]
    [TestCase(typeof(IGetResource), typeof(GetResource))]
    [TestCase(typeof(IListResources), typeof(ListResources))]
    public void AddApplication_ResolvesUseCaseToItsOutermostImplementation(Type useCase, Type implementation)
    {
        using var provider = BuildProvider();
        using var scope = provider.CreateScope();

        Assert.That(scope.ServiceProvider.GetRequiredService(useCase), Is.TypeOf(implementation));
    }

    [Test]
    public async Task ResolvedCreateResource_RunsTheHandlerInsideTheLoggedDecorator()
    {
        var logger = UseCapturingLogger<ICreateResource>();
        await using var provider = BuildProvider();
        await using var scope = provider.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<ICreateResource>()
            .ExecuteAsync(new CreateResourceCommand("Meeting Room"), CancellationToken.None);

        _repository.Verify(repository => repository.Add(It.Is<Resource>(added => added.Name == "Meeting Room")), Times.Once);
        Assert.That(logger.Events.Select(logged => logged.EventId), Is.EqualTo(new[] { 1001 }));
    }

    // Idempotent sits outside Logged: a replay answers the stored response without a second creation event.
    [Test]
    public async Task ResolvedCreateResource_WhenKeyWasCompleted_ReplaysWithoutCreatingOrLogging()
    {
        var logger = UseCapturingLogger<ICreateResource>();
        var stored = new ResourceResponse(5, "Meeting Room", Clocks.NowInWholeMicroseconds, null, 1);
        ClaimAs(new IdempotencyClaim(ClaimOutcome.Completed, "", "key-1", JsonSerializer.Serialize(stored)));
        await using var provider = BuildProvider();
        await using var scope = provider.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<ICreateResource>()
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
        var logger = UseCapturingLogger<ICreateResource>();
        var claim = ClaimAs(new IdempotencyClaim(ClaimOutcome.Claimed, "", "key-1"));
        _unitOfWork
            .Setup(unitOfWork => unitOfWork.InTransactionAsync(
                It.IsAny<Func<CancellationToken, Task<Result<ResourceResponse>>>>(), It.IsAny<CancellationToken>()))
            .Returns((Func<CancellationToken, Task<Result<ResourceResponse>>> work, CancellationToken token) => work(token));
        await using var provider = BuildProvider();
        await using var scope = provider.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<ICreateResource>()
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
    public async Task ResolvedUpdateResource_RunsTheHandlerInsideTheLoggedDecorator()
    {
        var logger = UseCapturingLogger<IUpdateResource>();
        await using var provider = BuildProvider();
        await using var scope = provider.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<IUpdateResource>()
            .ExecuteAsync(new UpdateResourceCommand(7, "Board Room"), CancellationToken.None);

        _repository.Verify(repository => repository.FindAsync(7, It.IsAny<CancellationToken>()), Times.Once);
        AssertRejectedOnce(logger, "resource_not_found");
    }

    [Test]
    public async Task ResolvedDeleteResource_RunsTheHandlerInsideTheLoggedDecorator()
    {
        var logger = UseCapturingLogger<IDeleteResource>();
        await using var provider = BuildProvider();
        await using var scope = provider.CreateAsyncScope();

        await scope.ServiceProvider.GetRequiredService<IDeleteResource>()
            .ExecuteAsync(new DeleteResourceCommand(7), CancellationToken.None);

        _repository.Verify(repository => repository.FindAsync(7, It.IsAny<CancellationToken>()), Times.Once);
        AssertRejectedOnce(logger, "resource_not_found");
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
