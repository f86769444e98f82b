using ResourceService.Application.Common;
using ResourceService.Domain.Common;

namespace ResourceService.Application.Resources.DeleteResource;

internal sealed class DeleteResource(IResourceRepository repository, IUnitOfWork unitOfWork)
    : IUseCase<DeleteResourceCommand, Success>
{
    public async Task<Result<Success>> ExecuteAsync(DeleteResourceCommand command, CancellationToken cancellationToken)
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

        resource.Delete();
        repository.Remove(resource);
        var saved = await unitOfWork.SaveChangesAsync(cancellationToken);
        return saved.IsSuccess ? saved : ResourceErrors.LostRace(command.Id, command.ExpectedVersion, saved.Error!);
    }
}
