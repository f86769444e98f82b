using CsCheck;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Security;

/// <summary>
/// Requests with hostile bodies and hostile ids, one at a time, each between two full reads of the data: a refused
/// request must leave every resource as it was, and a successful one must change exactly what it answered.
/// </summary>
public sealed class HostileInputPropertyTests : HostileInputFixture
{
    private const long BodySamples = 2000;
    private const long UnknownCharsetSamples = 500;
    private const long IdSamples = 2000;
    private const int LiveResources = 3;

    [Test]
    public Task CreateOrUpdate_WithAnyBodyAndContentType_NeverFailsAndChangesDataOnlyOnSuccess() =>
        HostileBodies.CreateOrUpdate.SampleAsync(SendBetweenReadsAsync, iter: BodySamples, threads: 1, print: Print);

    [Test]
    public Task CreateOrUpdate_WithJsonInAnUnknownCharset_NeverFailsAndChangesDataOnlyOnSuccess() =>
        HostileBodies.CreateOrUpdateInUnknownCharset.SampleAsync(SendBetweenReadsAsync, iter: UnknownCharsetSamples, threads: 1, print: Print);

    [Test]
    public Task GetUpdateOrDelete_WithAnyId_NeverFailsAndChangesDataOnlyOnSuccess() =>
        HostileAddresses.ItemRequest.SampleAsync(SendBetweenReadsAsync, iter: IdSamples, threads: 1, print: Print);

    private async Task SendBetweenReadsAsync(HostileRequest sample)
    {
        var before = await LiveResourcesAsync();
        var request = sample.WithLiveId(before.Ids.First());
        var answer = await SendAsync(request);
        var after = await ResourceSnapshot.ReadAsync(Client);

        var expected = Expected(before, after, request, answer);
        if (after.DifferencesFrom(expected) is { Length: > 0 } differences)
        {
            Fail(request, answer, $"The data changed other than the answer says:\n{differences}");
        }
    }

    /// <summary>What the data must be after the answer: unchanged unless the answer says what changed.</summary>
    private static ResourceSnapshot Expected(ResourceSnapshot before, ResourceSnapshot after, HostileRequest request, HostileAnswer answer)
    {
        switch (request.Method, answer.Status)
        {
            case ("POST", 201):
                if (before.Contains(Id(answer)))
                {
                    Fail(request, answer, "A 201 must create a new resource, not answer with one that exists.");
                }

                return before.With(answer.Data);
            case ("PUT", 200):
                if (!before.Contains(Id(answer)))
                {
                    Fail(request, answer, "A 200 to a PUT must answer with the resource that existed and was updated.");
                }

                return before.With(answer.Data);
            case ("DELETE", 204):
                var gone = before.Ids.Except(after.Ids).ToList();
                if (gone.Count != 1)
                {
                    Fail(request, answer, $"A 204 must delete exactly one resource; it deleted {gone.Count}.");
                }

                return before.Without(gone[0]);
            default:
                return before;
        }
    }

    private static int Id(HostileAnswer answer) => answer.Data["id"]!.GetValue<int>();

    // DELETEs use up resources: keep a few, so that {id} always names one that exists.
    private async Task<ResourceSnapshot> LiveResourcesAsync()
    {
        var snapshot = await ResourceSnapshot.ReadAsync(Client);
        if (snapshot.Ids.Count >= LiveResources)
        {
            return snapshot;
        }

        for (var missing = LiveResources - snapshot.Ids.Count; missing > 0; missing--)
        {
            await Client.CreateAsync(UniqueName("live"));
        }

        return await ResourceSnapshot.ReadAsync(Client);
    }
}
