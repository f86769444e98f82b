using ResourceService.Application.Common;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Resources.UpdateResource;

internal sealed class UpdateResource(IResourceRepository repository, IUnitOfWork unitOfWork, TimeProvider clock)
    : IUseCase<UpdateResourceCommand, ResourceResponse>
{
    public async Task<Result<ResourceResponse>> ExecuteAsync(UpdateResourceCommand command, CancellationToken cancellationToken)
    {
        var resource = await repository.FindAsync(command.Id, cancellationToken);
        if (resource is null)
        {
            return ResourceErrors.NotFound(command.Id);
        }

        if (command.ExpectedVersion is { } expected && expected != resource.Version)
        {
            return ResourceErrors.VersionMismatch(command.Id, expected, resource.Version);
        }

        var renamed = resource.Rename(command.Name, clock.UtcNow());
        if (!renamed.IsSuccess)
        {
            return renamed.Error!;
        }

        var saved = await unitOfWork.SaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? resource.ToResponse() : ResourceErrors.LostRace(command.Id, command.ExpectedVersion, saved.Error!);
    }
}
