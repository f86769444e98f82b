using ResourceService.Api.Seeding;

namespace ResourceService.Api.FunctionalTests.Seeding;

public sealed class SeedNamesTests
{
    [TestCase(1, "orange widget 0001 zebra")]
    [TestCase(2, "yellow widget 0002")]
    [TestCase(42, "yellow lever 0042")]
    [TestCase(100_000, "red widget 100000")]
    [TestCase(100_001, "orange widget 100001 zebra")]
    public void For_GivesColourThingAndNumber_AndTheRareWordEvery100000Rows(int n, string expected) =>
        Assert.That(SeedNames.For(n), Is.EqualTo(expected));

    [Test]
    public void For_AMillionRows_TenCarryTheRareWord_AndEachColourATenth()
    {
        var names = Enumerable.Range(1, 1_000_000).Select(SeedNames.For).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(names.Count(name => name.Contains(SeedNames.RareWord, StringComparison.Ordinal)), Is.EqualTo(10));
            Assert.That(names.Count(name => name.StartsWith("blue ", StringComparison.Ordinal)), Is.EqualTo(100_000));
        }
    }
}
