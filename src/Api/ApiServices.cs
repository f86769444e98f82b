using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using NLog.Web;
using OpenTelemetry.Metrics;
using ResourceService.Api.Common;
using ResourceService.Api.Hosting;
using ResourceService.Api.Observability;
using ResourceService.Api.OpenApi;
using ResourceService.Api.Security;
using ResourceService.Infrastructure.Caching;
using ResourceService.Infrastructure.Redis;

namespace ResourceService.Api;

public static class ApiServices
{
    public static WebApplicationBuilder AddLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        // The trace id of each request joins the logging scope, so every line of a request carries it.
        builder.Host.UseNLog(new NLogAspNetCoreOptions { IncludeActivityIdsWithBeginScope = true });
        return builder;
    }

    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration)
    {
        AddErrorHandling(services);
        AddJson(services);
        AddContract(services);
        services.AddTokenSecurity(configuration);
        services.AddRequestRateLimits(configuration);
        // With Redis, the rate limiter and the read cache share one view of it (ADR 0038).
        services.AddSingleton(provider =>
        {
            var redis = provider.GetRequiredService<RedisLink>();
            return new SharedBudgets(() => redis.IsAvailable, redis.ReportFailure, redis.Timeout);
        });
        services.AddCrossOrigin(configuration);
        services.AddTransport(configuration);
        services.AddServiceMetrics(configuration);
        // The read cache's hits and misses (an Infrastructure meter) join the service's metrics.
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(ReadCacheMeter.Name));
        services.AddGracefulShutdown(configuration);
        return services;
    }

    private static void AddJson(IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(json =>
        {
            // Numbers are numbers: "1" is not accepted for an int, and the OpenAPI schema says integer only.
            json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            // Text stays readable in any script, but <, >, &, quotes and + go out escaped (\u003C...), so a
            // response that something mistakenly renders as HTML still cannot open a tag.
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            // {"name":"a","name":"b"} is refused (400 naming the field), not read as "last wins": two readers of one
            // body (a gateway, a log, this service) must never see different values in it.
            json.SerializerOptions.AllowDuplicateProperties = false;
        });

    /// <summary>The OpenAPI document at /openapi/v1.json: the contract frontends generate their clients from.</summary>
    private static void AddContract(IServiceCollection services) =>
        services.AddSingleton(ContractCatalog.In(typeof(ApiServices).Assembly)).AddOpenApi(openApi =>
        {
            openApi.AddDocumentTransformer<DocumentInfoTransformer>();
            openApi.AddDocumentTransformer<BearerSecurityTransformer>();
            openApi.AddOperationTransformer<BearerSecurityTransformer>();
            openApi.AddOperationTransformer<ParameterLimitsTransformer>();
            openApi.AddOperationTransformer<RetryAfterTransformer>();
            openApi.AddSchemaTransformer<SchemaLimitsTransformer>();
        });

    private static void AddErrorHandling(IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDetailsDefaults.Complete);
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Unreadable requests raise BadHttpRequestException in every environment, so that one handler answers them.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
    }
}
