using ResourceService.Api;
using ResourceService.Domain.Resources;

namespace ResourceService.Architecture.Tests;

/// <summary>The four projects of the service, each checked against its own assembly.</summary>
internal static class Layers
{
    public static readonly Layer Domain = new("Domain", typeof(Resource).Assembly, "ResourceService.Domain");

    public static readonly Layer Application =
        new("Application", typeof(Application.DependencyInjection).Assembly, "ResourceService.Application");

    public static readonly Layer Infrastructure =
        new("Infrastructure", typeof(Infrastructure.DependencyInjection).Assembly, "ResourceService.Infrastructure");

    public static readonly Layer Api = new("Api", typeof(ApiServices).Assembly, "ResourceService.Api");

    public static readonly Layer[] All = [Domain, Application, Infrastructure, Api];
}
