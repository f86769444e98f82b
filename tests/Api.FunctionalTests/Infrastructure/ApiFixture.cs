namespace ResourceService.Api.FunctionalTests.Infrastructure;

/// <summary>One service and one database per test class; tests keep apart by the names they create.</summary>
public abstract class ApiFixture
{
    protected ApiFactory Factory { get; private set; } = null!;

    /// <summary>A client whose token grants both scopes.</summary>
    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartService()
    {
        Factory = CreateFactory();
        Client = Factory.Authorized();
    }

    [OneTimeTearDown]
    public void StopService()
    {
        Client.Dispose();
        Factory.Dispose();
    }

    protected virtual ApiFactory CreateFactory() => new();

    /// <summary>A name no other test uses, so that filters find only this test's rows.</summary>
    protected static string UniqueName(string label = "item") => $"{label}-{Guid.NewGuid():N}";
}
