using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ResourceService.Api.Common;
using ResourceService.Api.Hosting;
using ResourceService.Api.Observability;
using ResourceService.Api.WebConsole;
using Scalar.AspNetCore;

namespace ResourceService.Api;

public static class ApiPipeline
{
    public static WebApplication UseApi(this WebApplication app)
    {
        app.UseMiddleware<AccessLog>();
        app.Use(ShutdownSafeBody.Wrap);
        app.UseForwardedHeaders();
        app.Use(AddSecurityHeaders);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseTransport();
        app.UseWebConsole();
        app.UseCors();
        app.Use(ServerHardening.RejectOversizedBodies(app.Services.GetRequiredService<IOptions<ServerLimits>>().Value));
        app.Use(ServerHardening.RejectUnknownCharsets);
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference().AllowAnonymous();
        }

        app.MapServiceMetrics();
        app.MapWebConsoleSettings();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadinessCache.ReadyTag) })
            .AllowAnonymous().DisableRateLimiting();

        var groups = typeof(ApiPipeline).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IEndpointGroup).IsAssignableFrom(type));
        foreach (var group in groups)
        {
            ((IEndpointGroup)Activator.CreateInstance(group)!).Map(app);
        }

        return app;
    }

    // Set as the response starts, so that answers written by the exception handler carry them too. The API
    // only ever sends JSON: nothing in a response may be run, framed or sniffed as something else. A response that
    // brought a policy of its own (the web console's files) keeps it.
    private static Task AddSecurityHeaders(HttpContext context, Func<Task> next)
    {
        var isDocumentationUi = context.Request.Path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (!isDocumentationUi && string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
            }

            // A caller's data may be kept by its own browser, which must ask again before using it (a 304 is cheap),
            // and never by a shared cache.
            if (context.User.Identity?.IsAuthenticated == true && string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = "private, no-cache";
            }

            return Task.CompletedTask;
        });
        return next();
    }
}
