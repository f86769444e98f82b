using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Architecture.Tests.Violations.CompositionRoot.Endpoints;

/// <summary>An endpoint that uses an Infrastructure type instead of a use case.</summary>
public static class LeakyEndpoint
{
    public static bool MigratesOnStartup(DatabaseOptions options) => options.MigrateOnStartup;
}

/// <summary>An endpoint that stays behind the Application's interfaces.</summary>
public static class CleanEndpoint
{
    public const string Route = "/api/v1/things";
}
