using System.Text.RegularExpressions;

namespace ResourceService.Infrastructure.IntegrationTests.Engines;

/// <summary>Finds the folder that holds initdb and pg_ctl.</summary>
internal static partial class PostgresBinaries
{
    public static string? Find()
    {
        var fromPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(ResolveLinks);
        string[] fixedPlaces = ["/usr/local/pgsql/bin", "/opt/homebrew/bin", "/usr/local/bin", "/opt/local/bin"];
        return fromPath
            .Concat(NewestFirst("/usr/lib/postgresql", "*"))
            .Concat(NewestFirst("/usr", "pgsql-*"))
            .Concat(NewestFirst("/opt/homebrew/opt", "postgresql@*"))
            .Concat(fixedPlaces)
            .FirstOrDefault(HasBinaries);
    }

    private static bool HasBinaries(string folder) =>
        File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));

    // PATH often holds symlinks (/usr/local/bin/initdb); the real folder is the one next to postgres and its share files.
    private static string ResolveLinks(string folder)
    {
        var initdb = Path.Combine(folder, "initdb");
        var target = File.Exists(initdb) ? File.ResolveLinkTarget(initdb, returnFinalTarget: true) : null;
        var realFolder = target is null ? folder : Path.GetDirectoryName(target.FullName) ?? folder;
        return HasBinaries(realFolder) ? realFolder : folder;
    }

    private static IEnumerable<string> NewestFirst(string parent, string pattern) => Directory.Exists(parent)
        ? Directory.GetDirectories(parent, pattern)
            .OrderByDescending(folder => int.TryParse(TrailingNumber().Match(folder).Value, out var major) ? major : -1)
            .Select(folder => Path.Combine(folder, "bin"))
        : [];

    [GeneratedRegex(@"\d+\z")]
    private static partial Regex TrailingNumber();
}
