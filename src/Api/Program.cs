using ResourceService.Api;
using ResourceService.Api.Hosting;
using ResourceService.Application;
using ResourceService.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddLogging();
builder.WatchUserSecretsFromTheStart();
builder.HardenServer();
builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath)
    .AddApi(builder.Configuration);

var app = builder.Build();

app.UseApi();
app.MapApi();

await app.RunAsync();

/// <summary>The entry point, visible to the functional tests' host.</summary>
public partial class Program;
