using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ResourceService.Infrastructure.IntegrationTests.DomainEvents;

/// <summary>Keeps the id and properties of every event logged through the services, to count key events.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<(int EventId, IReadOnlyDictionary<string, object?> Properties)> _events = new();

    public IEnumerable<(int EventId, IReadOnlyDictionary<string, object?> Properties)> Events => _events;

    public ILogger CreateLogger(string categoryName) => new Capturing(_events);

    public void Clear() => _events.Clear();

    public void Dispose()
    {
    }

    private sealed class Capturing(ConcurrentQueue<(int, IReadOnlyDictionary<string, object?>)> events) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = (state as IEnumerable<KeyValuePair<string, object?>> ?? []).ToDictionary();
            events.Enqueue((eventId.Id, properties));
        }
    }
}
