namespace ResourceService.EndToEnd.Tests.Console;

/// <summary>Where the flows' screenshots go: artifacts/screenshots/ of the repository, kept by CI as test artifacts.</summary>
internal static class Screenshots
{
    public static string Folder { get; } = Create();

    private static string Create()
    {
        var root = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Solution.sln")))
        {
            root = root.Parent;
        }

        var folder = Path.Combine(root?.FullName ?? TestContext.CurrentContext.WorkDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
