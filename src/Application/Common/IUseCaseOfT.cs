using ResourceService.Domain.Common;

namespace ResourceService.Application.Common;

/// <summary>A use case: one request in, a result out (contract A of issue 8).</summary>
public interface IUseCase<in TRequest, TResponse> : IUseCase
{
    Task<Result<TResponse>> ExecuteAsync(TRequest request, CancellationToken cancellationToken);
}
