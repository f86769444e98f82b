using ResourceService.Application.Common;
using ResourceService.Domain.Common;
using ResourceService.Domain.Resources;

namespace ResourceService.Application.Resources.CreateResource;

internal sealed class CreateResource(IResourceRepository repository, IUnitOfWork unitOfWork, TimeProvider clock)
    : IUseCase<CreateResourceCommand, ResourceResponse>
{
    public async Task<Result<ResourceResponse>> ExecuteAsync(CreateResourceCommand command, CancellationToken cancellationToken)
    {
        var created = Resource.Create(command.Name, clock.UtcNow());
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        repository.Add(created.Value);
        var saved = await unitOfWork.SaveChangesAsync(cancellationToken);
        return saved.Map(_ => created.Value.ToResponse());
    }
}
