using ResourceService.Domain.Common;

namespace ResourceService.Application.Common.Logging;

/// <summary>
/// Logs the key events of every use case of every module once they are true: the domain events whose changes the use
/// case committed, read through the modules' <see cref="IKeyEventLog"/>, and its refusal through the request's
/// <see cref="IRejectionLog{TRequest}"/>. Outermost, so that what it logs has committed, including an idempotent run's
/// transaction; a replay commits nothing and logs nothing.
/// </summary>
[DecoratorOrder(200)]
internal sealed class LoggedUseCase<TRequest, TResponse>(
    IUseCase<TRequest, TResponse> inner,
    CommittedEvents committed,
    IEnumerable<IKeyEventLog> eventLogs,
    IEnumerable<IRejectionLog<TRequest>> rejectionLogs,
    ICurrentUser user) : IUseCase<TRequest, TResponse>
{
    public async Task<Result<TResponse>> ExecuteAsync(TRequest request, CancellationToken cancellationToken)
    {
        Result<TResponse> result;
        try
        {
            result = await inner.ExecuteAsync(request, cancellationToken);
        }
        finally
        {
            // What committed is logged even when the use case failed or threw afterwards.
            LogCommitted();
        }

        if (!result.IsSuccess)
        {
            foreach (var log in rejectionLogs)
            {
                log.Log(result.Error!, user.Subject);
            }
        }

        return result;
    }

    private void LogCommitted()
    {
        foreach (var domainEvent in committed.TakeAll())
        {
            foreach (var log in eventLogs)
            {
                log.Log(domainEvent, user.Subject);
            }
        }
    }
}
