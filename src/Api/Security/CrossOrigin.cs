namespace ResourceService.Api.Security;

/// <summary>
/// Browsers may call the API only from the origins in <c>Cors:AllowedOrigins</c> (none by default). The API
/// never uses cookies, so credentials are never allowed.
/// </summary>
internal static class CrossOrigin
{
    public const string Section = "Cors:AllowedOrigins";

    public static IServiceCollection AddCrossOrigin(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection(Section).Get<string[]>() ?? [];
        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete)
            .WithHeaders("Authorization", "Content-Type", "If-Match", "Idempotency-Key")
            .WithExposedHeaders("Location", "ETag", "Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        return services;
    }
}
