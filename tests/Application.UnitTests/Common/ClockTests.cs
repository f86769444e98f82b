using Microsoft.Extensions.Time.Testing;
using ResourceService.Application.Common;

namespace ResourceService.Application.UnitTests.Common;

public sealed class ClockTests
{
    private static readonly DateTimeOffset WholeSecond = new(2026, 11, 27, 15, 36, 51, TimeSpan.Zero);

    [TestCase(1_234_567, 1_234_560)]
    [TestCase(9, 0)]
    [TestCase(9_999_999, 9_999_990)]
    [TestCase(1_234_560, 1_234_560)]
    [TestCase(0, 0)]
    public void UtcNow_CutsTheTimeToWholeMicroseconds(long ticks, long expectedTicks)
    {
        var clock = new FakeTimeProvider(WholeSecond.AddTicks(ticks));

        Assert.That(clock.UtcNow(), Is.EqualTo(WholeSecond.UtcDateTime.AddTicks(expectedTicks)));
    }

    [Test]
    public void UtcNow_WhenLocalZoneIsNotUtc_ReturnsTheUtcInstant()
    {
        var clock = new FakeTimeProvider(WholeSecond);
        clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("UTC+05", TimeSpan.FromHours(5), "UTC+05", "UTC+05"));

        var now = clock.UtcNow();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(now.Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(now, Is.EqualTo(new DateTime(2026, 11, 27, 15, 36, 51, DateTimeKind.Utc)));
        }
    }
}
