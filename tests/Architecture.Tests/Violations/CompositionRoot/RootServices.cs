using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResourceService.Infrastructure;

namespace ResourceService.Architecture.Tests.Violations.CompositionRoot;

/// <summary>The composition root, which alone may wire Infrastructure in.</summary>
public static class RootServices
{
    public static IServiceCollection AddAll(IServiceCollection services, IConfiguration configuration) =>
        services.AddInfrastructure(configuration, "/content");
}
