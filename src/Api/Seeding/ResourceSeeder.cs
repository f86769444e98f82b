using ResourceService.Application.Common;
using ResourceService.Application.Resources;
using ResourceService.Domain.Resources;

namespace ResourceService.Api.Seeding;

/// <summary>
/// Inserts generated resources through the service's own ports, one unit of work per batch in a scope of its own:
/// every row is stamped, counted and indexed by the same code as a request's, and no change tracker outgrows a batch.
/// </summary>
internal sealed class ResourceSeeder(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task SeedAsync(int count, int batchSize, CancellationToken cancellationToken)
    {
        for (var first = 1; first <= count; first += batchSize)
        {
            var last = Math.Min(count, first + batchSize - 1);
            await using var scope = scopes.CreateAsyncScope();
            var resources = scope.ServiceProvider.GetRequiredService<IResourceRepository>();
            for (var n = first; n <= last; n++)
            {
                resources.Add(Resource.Create(SeedNames.For(n), clock.UtcNow()).Value);
            }

            var saved = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(cancellationToken);
            if (!saved.IsSuccess)
            {
                throw new InvalidOperationException($"Rows {first}-{last} were not saved: {saved.Error!.Message}");
            }
        }
    }
}
