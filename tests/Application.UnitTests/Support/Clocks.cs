using Microsoft.Extensions.Time.Testing;

namespace ResourceService.Application.UnitTests.Support;

/// <summary>A fixed instant that is not a whole microsecond, and what the use cases are expected to store for it.</summary>
internal static class Clocks
{
    public static readonly DateTimeOffset Now = new DateTimeOffset(2026, 11, 27, 15, 36, 51, TimeSpan.Zero).AddTicks(1_234_567);

    public static readonly DateTime NowInWholeMicroseconds = new DateTime(2026, 11, 27, 15, 36, 51, DateTimeKind.Utc).AddTicks(1_234_560);

    public static FakeTimeProvider Fixed() => new(Now);
}
