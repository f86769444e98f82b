using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using ResourceService.Application.Common;

namespace ResourceService.Api.Seeding;

/// <summary>
/// <c>seed --count N [--tenant T]</c>: fills a tenant with generated resources for load tests and demos, through the
/// service's own persistence code and with its own configuration (appsettings, environment, command line), after the
/// same start-up migrations; then exits without ever serving a request.
/// </summary>
internal static class SeedCommand
{
    public const int Succeeded = 0;
    public const int Failed = 1;
    public const int BadArguments = 2;

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == SeedArguments.Verb;

    /// <param name="args">The process's arguments, <c>seed</c> first.</param>
    /// <param name="addLayers">Adds the Application and Infrastructure layers, as the service's composition root does.</param>
    public static async Task<int> RunAsync(string[] args, Action<WebApplicationBuilder> addLayers, TextWriter output, TextWriter error)
    {
        if (SeedArguments.Parse(args) is not { } seed)
        {
            await error.WriteLineAsync(SeedArguments.Usage);
            return BadArguments;
        }

        var builder = WebApplication.CreateBuilder(seed.Settings);
        builder.AddLogging();
        addLayers(builder);
        builder.Services.AddSingleton<IServer, NoListeningServer>();
        builder.Services.AddScoped<ICurrentUser>(_ => new SeedCaller(seed.TenantId));
        builder.Services.AddSingleton<ResourceSeeder>();
        builder.Services.Configure<ConsoleLifetimeOptions>(options => options.SuppressStatusMessages = true);

        await using var app = builder.Build();
        try
        {
            // Starting the host runs its hosted services: the migrations (Database:MigrateOnStartup) among them.
            await app.StartAsync();
            var elapsed = Stopwatch.StartNew();
            await app.Services.GetRequiredService<ResourceSeeder>().SeedAsync(seed.Count, seed.BatchSize, app.Lifetime.ApplicationStopping);
            elapsed.Stop();
            await output.WriteLineAsync(Summary(seed, elapsed.Elapsed));
            await app.StopAsync();
            return Succeeded;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // One line for the operator; connection strings never appear in the engines' messages.
            await error.WriteLineAsync($"seed failed: {exception.GetType().Name}: {exception.Message}");
            return Failed;
        }
    }

    private static string Summary(SeedArguments seed, TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
        $"seeded {seed.Count} resources into tenant '{seed.TenantId}' in {elapsed.TotalSeconds:F1} s " +
        $"({seed.Count / Math.Max(elapsed.TotalSeconds, 0.001):F0} rows/s)");
}
