using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResourceService.Application.Common;
using ResourceService.Infrastructure.Caching;
using ResourceService.Infrastructure.Idempotency;
using ResourceService.Infrastructure.Persistence;
using ResourceService.Infrastructure.Resources;

namespace ResourceService.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));
        services.AddSingleton(TimeProvider.System);

        AddPersistence(services, options, ConnectionString(configuration, options, contentRootPath));
        ReadCacheRegistration.AddReadCache(services, configuration);
        AddPorts(services);
        return services;
    }

    private static void AddPersistence(IServiceCollection services, DatabaseOptions options, string connectionString)
    {
        DatabaseProviders.AddAppDbContext(services, options, connectionString);
        services.AddHostedService<DatabaseMigrator>();
        services.AddSingleton<IdempotencyPurge>();
        services.AddHostedService(provider => provider.GetRequiredService<IdempotencyPurge>());
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        services.AddScoped<NameSearch>();
        services.AddScoped<DomainEventDispatcher>();
    }

    /// <summary>
    /// Every class here that implements a port of the Application layer serves it, one per request — except the
    /// failure classifier, which holds no state and is shared so that singletons such as the exception handler can
    /// use it. A class that takes the port it implements in its constructor decorates the one that serves it.
    /// </summary>
    private static void AddPorts(IServiceCollection services)
    {
        var application = typeof(Application.DependencyInjection).Assembly;
        services.Scan(scan => scan
            .FromAssemblyOf<AppDbContext>()
            .AddClasses(classes => classes.Where(type => type != typeof(DatabaseFailures) && DecoratedPort(type) is null &&
                type.GetInterfaces().Any(contract => contract.Assembly == application)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());
        services.AddSingleton<IDatabaseFailures, DatabaseFailures>();

        foreach (var decorator in typeof(AppDbContext).Assembly.GetTypes().Where(type => DecoratedPort(type) is not null))
        {
            services.Decorate(DecoratedPort(decorator)!, decorator);
        }
    }

    private static Type? DecoratedPort(Type type) =>
        type is { IsClass: true, IsAbstract: false }
            ? type.GetInterfaces().FirstOrDefault(contract => type.GetConstructors()
                .Any(constructor => constructor.GetParameters().Any(parameter => parameter.ParameterType == contract)))
            : null;

    private static string ConnectionString(IConfiguration configuration, DatabaseOptions options, string contentRootPath)
    {
        var configured = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        return options.Provider switch
        {
            DatabaseProvider.Sqlite => DatabaseProviders.ResolveSqliteFile(configured ?? "Data Source=App_Data/resources.db", contentRootPath),
            _ => configured ?? throw new InvalidOperationException(
                $"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is required for Database:Provider {options.Provider}."),
        };
    }
}
