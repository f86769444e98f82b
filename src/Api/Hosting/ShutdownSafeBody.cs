using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace ResourceService.Api.Hosting;

/// <summary>
/// When the server stops, Kestrel cancels the pending read of every connection so that idle keep-alive connections stop
/// waiting for their next request. A request whose body is still arriving at that moment sees the same cancellation,
/// and the JSON reader turns it into an exception — a 500 for a request that was merely in flight. This reader reads on
/// after such a cancellation, so the request finishes within the drain like any other (ADR 0031). A cancellation that
/// the application asked for, or the client's abort, still ends the read.
/// </summary>
internal static class ShutdownSafeBody
{
    public static Task Wrap(HttpContext context, Func<Task> next)
    {
        if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            context.Features.Set<IRequestBodyPipeFeature>(new BodyFeature(new ReadOn(context.Request.BodyReader)));
        }

        return next();
    }

    private sealed class BodyFeature(PipeReader reader) : IRequestBodyPipeFeature
    {
        public PipeReader Reader => reader;
    }

    private sealed class ReadOn(PipeReader inner) : PipeReader
    {
        private int _cancelRequested;

        public override async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
        {
            while (true)
            {
                var result = await inner.ReadAsync(cancellationToken);
                if (!result.IsCanceled || Interlocked.Exchange(ref _cancelRequested, 0) == 1)
                {
                    return result;
                }

                // Not ours: give the buffer back unread, then wait for the rest of the body.
                inner.AdvanceTo(result.Buffer.Start);
            }
        }

        public override bool TryRead(out ReadResult result)
        {
            while (inner.TryRead(out result))
            {
                if (!result.IsCanceled || Interlocked.Exchange(ref _cancelRequested, 0) == 1)
                {
                    return true;
                }

                inner.AdvanceTo(result.Buffer.Start);
            }

            return false;
        }

        public override void CancelPendingRead()
        {
            Interlocked.Exchange(ref _cancelRequested, 1);
            inner.CancelPendingRead();
        }

        public override void AdvanceTo(SequencePosition consumed) => inner.AdvanceTo(consumed);

        public override void AdvanceTo(SequencePosition consumed, SequencePosition examined) => inner.AdvanceTo(consumed, examined);

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);
    }
}
