using System.Text.RegularExpressions;

namespace ResourceService.Architecture.Tests;

/// <summary>
/// The source files that name a namespace. The compiled rules cannot see a module's constants (the compiler copies
/// their values into the user), so a shared file that reads a module's <c>const</c> is found in its source: it
/// needs a using directive, an alias or a qualified name for it.
/// </summary>
internal static class ApiPlumbingSources
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The .cs files under <paramref name="folder"/> (relative to the repository root) that name any of the namespaces.</summary>
    public static IReadOnlyList<string> FilesNaming(string folder, IEnumerable<string> namespaces)
    {
        var named = new Regex(
            $@"\b(?:{string.Join('|', namespaces.Select(Regex.Escape))})\b(?!\w)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return
        [
            .. Directory.EnumerateFiles(Path.Combine(RepositoryRoot, folder), "*.cs", SearchOption.AllDirectories)
                .Where(file => named.IsMatch(File.ReadAllText(file)))
                .Select(file => Path.GetRelativePath(RepositoryRoot, file).Replace('\\', '/'))
                .Order(StringComparer.Ordinal),
        ];
    }

    private static string FindRepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Solution.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Solution.sln not found above the test binaries");
    }
}
