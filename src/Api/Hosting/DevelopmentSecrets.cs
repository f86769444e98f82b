using System.Reflection;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.UserSecrets;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;

namespace ResourceService.Api.Hosting;

/// <summary>
/// The README's first run: the service starts, then <c>dotnet user-jwts create</c> writes the signing key into user
/// secrets. When the secrets folder does not exist yet at start-up, the framework's user-secrets source watches a
/// file of the same name in the content root instead, so the key is never read. This source takes its place and
/// watches the real file by polling (every 4 s), which works for a folder that appears later.
/// </summary>
internal static class DevelopmentSecrets
{
    private const string SecretsFileName = "secrets.json";

    public static WebApplicationBuilder WatchUserSecretsFromTheStart(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment() ||
            typeof(DevelopmentSecrets).Assembly.GetCustomAttribute<UserSecretsIdAttribute>() is not { } secrets)
        {
            return builder;
        }

        var file = PathHelper.GetSecretsPathFromSecretsId(secrets.UserSecretsId);
        var sources = builder.Configuration.Sources;
        var index = sources.ToList().FindIndex(source => source is JsonConfigurationSource { Path: SecretsFileName });
        if (index < 0 || Directory.Exists(Path.GetDirectoryName(file)))
        {
            return builder; // no user secrets, or the framework's own source already watches the folder
        }

        var root = ExistingAncestor(file);
        sources[index] = new JsonConfigurationSource
        {
            // The folder is hidden (~/.microsoft): nothing may be excluded for being hidden or dot-prefixed.
            FileProvider = new PhysicalFileProvider(root, ExclusionFilters.None) { UsePollingFileWatcher = true, UseActivePolling = true },
            Path = Path.GetRelativePath(root, file),
            Optional = true,
            ReloadOnChange = true,
        };
        return builder;
    }

    private static string ExistingAncestor(string file)
    {
        var folder = Path.GetDirectoryName(file);
        while (folder is not null && !Directory.Exists(folder))
        {
            folder = Path.GetDirectoryName(folder);
        }

        return folder ?? Path.GetPathRoot(file)!;
    }
}
