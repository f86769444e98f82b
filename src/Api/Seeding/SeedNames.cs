using System.Globalization;

namespace ResourceService.Api.Seeding;

/// <summary>
/// The names of seeded rows, as the benchmark (tests/Benchmarks) expects them: "&lt;colour&gt; &lt;thing&gt; &lt;n&gt;",
/// ten colours by ten things, so that each colour or thing matches a tenth of the rows; and the rare word
/// <see cref="RareWord"/> in row 1 and every 100,000th row after it (10 rows in a million), for a filter that
/// matches almost nothing.
/// </summary>
internal static class SeedNames
{
    public const string RareWord = "zebra";

    public const int RareEvery = 100_000;

    private static readonly string[] Colours = ["red", "orange", "yellow", "green", "blue", "indigo", "violet", "black", "white", "grey"];

    private static readonly string[] Things = ["widget", "gadget", "sprocket", "gizmo", "lever", "valve", "spring", "bracket", "hinge", "bolt"];

    /// <param name="n">The row's number, from 1.</param>
    public static string For(int n)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{Colours[n % 10]} {Things[n / 10 % 10]} {n:D4}");
        return (n - 1) % RareEvery == 0 ? $"{name} {RareWord}" : name;
    }
}
