using System.Globalization;
using ResourceService.Api.Security;
using ResourceService.Application.Common;

namespace ResourceService.Api.Seeding;

/// <summary>The parsed command line of <c>seed</c>: what to insert, and the settings passed on to configuration.</summary>
internal sealed record SeedArguments(int Count, string TenantId, int BatchSize, string[] Settings)
{
    public const string Verb = "seed";

    public const int MaxCount = 100_000_000;

    public const int DefaultBatchSize = 5_000;

    public const int MaxBatchSize = 100_000;

    public const string Usage =
        $"usage: ResourceService.Api {Verb} --count <1-100000000> [--tenant <id>] [--batch <1-100000>] [--<Setting>=<value> ...]";

    /// <returns>The arguments, or null when they are not a valid seed command line.</returns>
    public static SeedArguments? Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] != Verb)
        {
            return null;
        }

        int? count = null;
        var tenant = Tenants.Default;
        var batch = DefaultBatchSize;
        var settings = new List<string>();
        for (var i = 1; i < args.Count; i++)
        {
            var (name, value) = Split(args, ref i);
            switch (name)
            {
                case "--count" when Number(value, MaxCount) is { } parsed:
                    count = parsed;
                    break;
                case "--batch" when Number(value, MaxBatchSize) is { } parsed:
                    batch = parsed;
                    break;
                case "--tenant" when value is not null && TenancyOptions.IsValid(value):
                    tenant = TenancyOptions.Canonical(value);
                    break;
                // Any other "--Section:Key=value" is a setting, as the service itself accepts them.
                case not ("--count" or "--batch" or "--tenant") when name.StartsWith("--", StringComparison.Ordinal) &&
                    name.Length > 2 && args[i].Contains('=', StringComparison.Ordinal):
                    settings.Add(args[i]);
                    break;
                default:
                    return null;
            }
        }

        return count is { } rows ? new SeedArguments(rows, tenant, batch, [.. settings]) : null;
    }

    // "--name value" or "--name=value"; a setting is only ever the second form.
    private static (string Name, string? Value) Split(IReadOnlyList<string> args, ref int i)
    {
        var argument = args[i];
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0)
        {
            return (argument[..equals], argument[(equals + 1)..]);
        }

        if (argument is "--count" or "--batch" or "--tenant" && i + 1 < args.Count)
        {
            i++;
            return (argument, args[i]);
        }

        return (argument, null);
    }

    private static int? Number(string? value, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= max
            ? number
            : null;
}
