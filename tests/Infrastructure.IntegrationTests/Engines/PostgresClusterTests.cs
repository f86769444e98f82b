using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ResourceService.Infrastructure.IntegrationTests.Engines;

public sealed class PostgresClusterTests
{
    private PostgresCluster? _shared;

    private PostgresCluster Shared => _shared ?? throw new InvalidOperationException("The shared cluster did not start.");

    [OneTimeSetUp]
    public async Task StartSharedClusterAsync() => _shared = await PostgresCluster.StartAsync(BinariesOrIgnore());

    [OneTimeTearDown]
    public async Task DisposeSharedClusterAsync()
    {
        if (_shared is not null)
        {
            await _shared.DisposeAsync();
        }
    }

    [Test]
    public async Task Cluster_ServesQueries_SurvivesAnOutage_AndLeavesNothingBehind()
    {
        var binFolder = BinariesOrIgnore();
        var started = Stopwatch.StartNew();
        var cluster = await PostgresCluster.StartAsync(binFolder);
        await TestContext.Progress.WriteLineAsync($"PostgreSQL from {binFolder} started in {started.ElapsedMilliseconds} ms");
        try
        {
            await cluster.CreateDatabaseAsync("cluster_test");
            var database = cluster.ConnectionStringFor("cluster_test");
            Assert.That(await SelectOneAsync(database), Is.EqualTo(1));

            await cluster.StopAsync();
            Assert.CatchAsync<NpgsqlException>(() => SelectOneAsync(database));

            var restarted = Stopwatch.StartNew();
            await cluster.StartAgainAsync();
            await TestContext.Progress.WriteLineAsync($"PostgreSQL restarted in {restarted.ElapsedMilliseconds} ms");
            Assert.That(await SelectOneAsync(database), Is.EqualTo(1));
        }
        finally
        {
            await cluster.DisposeAsync();
        }

        Assert.That(Directory.Exists(cluster.DataFolder), Is.False);
    }

    [Test]
    public async Task StartAgainAsync_WhenThePortIsTaken_ThrowsWithTheTailOfTheServerLog()
    {
        await using var cluster = await PostgresCluster.StartAsync(BinariesOrIgnore());
        await cluster.StopAsync();
        using var squatter = new TcpListener(IPAddress.Loopback, cluster.Port);
        squatter.Start();

        var error = Assert.ThrowsAsync<InvalidOperationException>(cluster.StartAgainAsync);

        Assert.That(error.Message, Does.Contain("server.log").And.Contain("could not bind"));
    }

    [TestCase("")]
    [TestCase("UpperCase")]
    [TestCase("with-dash")]
    [TestCase("quote\"; drop database postgres; --")]
    [TestCase("trailing_newline\n")]
    public void CreateDatabaseAsync_WhenNameIsNotALowercaseIdentifier_ThrowsArgumentException(string name)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.ThrowsAsync<ArgumentException>(() => Shared.CreateDatabaseAsync(name));
            Assert.Throws<ArgumentException>(() => Shared.ConnectionStringFor(name));
        }
    }

    private static string BinariesOrIgnore()
    {
        const string Reason = "No PostgreSQL binaries (initdb, pg_ctl) on PATH or in the usual install folders.";
        var binFolder = PostgresCluster.FindBinaries();
        if (binFolder is null && Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail(Reason);
        }

        if (binFolder is null)
        {
            Assert.Ignore(Reason);
        }

        return binFolder;
    }

    private static async Task<int> SelectOneAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select 1", connection);
        return (int)(await command.ExecuteScalarAsync() ?? 0);
    }
}
