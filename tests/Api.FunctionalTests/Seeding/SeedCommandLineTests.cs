using ResourceService.Api.Seeding;

namespace ResourceService.Api.FunctionalTests.Seeding;

/// <summary>The seed command line, through the entry point the process uses; a bad one never composes a host.</summary>
public sealed class SeedCommandLineTests
{
    [TestCase("seed")]
    [TestCase("seed", "--count")]
    [TestCase("seed", "--count", "0")]
    [TestCase("seed", "--count", "-5")]
    [TestCase("seed", "--count", "ten")]
    [TestCase("seed", "--count", "100000001")]
    [TestCase("seed", "--count", "5", "--tenant", "not a tenant")]
    [TestCase("seed", "--count", "5", "--tenant", "")]
    [TestCase("seed", "--count", "5", "--tenant")]
    [TestCase("seed", "--count", "5", "--batch", "0")]
    [TestCase("seed", "--count", "5", "--cuont", "7")]
    [TestCase("seed", "--count", "5", "extra")]
    public async Task RunAsync_WithBadArguments_PrintsTheUsageOnStandardErrorAndReturns2(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await SeedCommand.RunAsync(args, _ => Assert.Fail("a bad command line composed a host"), output, error);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.EqualTo(SeedCommand.BadArguments));
            Assert.That(error.ToString(), Does.StartWith("usage: ResourceService.Api seed --count <1-100000000>"));
            Assert.That(output.ToString(), Is.Empty);
        }
    }

    [Test]
    public void Parse_ReadsEitherSpelling_CanonicalisesTheTenant_AndPassesSettingsOn()
    {
        var parsed = SeedArguments.Parse(["seed", "--count=1000", "--tenant", "Acme.EU", "--batch", "250", "--Database:Provider=PostgreSql"]);

        Assert.That(parsed, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed!.Count, Is.EqualTo(1000));
            Assert.That(parsed.TenantId, Is.EqualTo("acme.eu"));
            Assert.That(parsed.BatchSize, Is.EqualTo(250));
            Assert.That(parsed.Settings, Is.EqualTo(new[] { "--Database:Provider=PostgreSql" }));
        }
    }

    [Test]
    public void Parse_WithoutATenantOrBatch_UsesTheDefaultTenantAndBatch()
    {
        var parsed = SeedArguments.Parse(["seed", "--count", "7"]);

        Assert.That(parsed, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed!.Count, Is.EqualTo(7));
            Assert.That(parsed.TenantId, Is.EqualTo("default"));
            Assert.That(parsed.BatchSize, Is.EqualTo(SeedArguments.DefaultBatchSize));
            Assert.That(parsed.Settings, Is.Empty);
        }
    }

    [TestCase(new string[0], false)]
    [TestCase(new[] { "seed" }, true)]
    [TestCase(new[] { "--urls=http://localhost:5000" }, false)]
    [TestCase(new[] { "--seed" }, false)]
    public void Matches_OnlyWhenSeedIsTheFirstArgument(string[] args, bool expected) =>
        Assert.That(SeedCommand.Matches(args), Is.EqualTo(expected));
}
