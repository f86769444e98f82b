using ResourceService.Api;
using ResourceService.Api.Hosting;
using ResourceService.Api.Seeding;
using ResourceService.Application;
using ResourceService.Infrastructure;

// `seed --count N [--tenant T]` fills the database and exits; it never starts the web server.
if (SeedCommand.Matches(args))
{
    return await SeedCommand.RunAsync(args, AddLayers, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);

builder.AddLogging();
builder.WatchUserSecretsFromTheStart();
builder.HardenServer();
AddLayers(builder);
builder.Services.AddApi(builder.Configuration);

var app = builder.Build();

app.UseApi();
app.MapApi();

await app.RunAsync();
return 0;

static void AddLayers(WebApplicationBuilder builder) => builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);

/// <summary>The entry point, visible to the functional tests' host.</summary>
public partial class Program;
