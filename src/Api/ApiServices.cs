using System.Text.Json.Serialization;
using NLog.Web;
using ResourceService.Api.Common;
using ResourceService.Api.Hosting;
using ResourceService.Api.OpenApi;
using ResourceService.Api.Security;

namespace ResourceService.Api;

public static class ApiServices
{
    public static WebApplicationBuilder AddLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Host.UseNLog();
        return builder;
    }

    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration)
    {
        AddErrorHandling(services);
        services.ConfigureHttpJsonOptions(json =>
        {
            // Numbers are numbers: "1" is not accepted for an int, and the OpenAPI schema says integer only.
            json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddTokenSecurity(configuration);
        services.AddRequestRateLimits(configuration);
        services.AddCrossOrigin(configuration);
        services.AddTransport(configuration);
        services.AddOpenApi(openApi =>
        {
            openApi.AddDocumentTransformer<DocumentInfoTransformer>();
            openApi.AddDocumentTransformer<BearerSecurityTransformer>();
            openApi.AddOperationTransformer<BearerSecurityTransformer>();
            openApi.AddOperationTransformer<ParameterLimitsTransformer>();
            openApi.AddOperationTransformer<RetryAfterTransformer>();
            openApi.AddSchemaTransformer<SchemaLimitsTransformer>();
        });
        return services;
    }

    private static void AddErrorHandling(IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDetailsDefaults.Complete);
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Unreadable requests raise BadHttpRequestException in every environment, so that one handler answers them.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
    }
}
