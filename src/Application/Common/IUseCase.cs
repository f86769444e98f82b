using ResourceService.Domain.Common;

namespace ResourceService.Application.Common;

/// <summary>
/// One use case of a module: a request record in, a result out. Implementations are registered by assembly scanning
/// under their closed interface; the open-generic decorators of <c>Application/Common</c> wrap every one of them.
/// </summary>
public interface IUseCase<in TRequest, TResponse>
{
    Task<Result<TResponse>> ExecuteAsync(TRequest request, CancellationToken cancellationToken);
}
