using Microsoft.Extensions.Logging;

namespace ResourceService.Application.UnitTests.Support;

/// <summary>Keeps every event it is given, with its structured properties, so that tests can read what was logged.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    private readonly List<LoggedEvent> _events = [];

    public IReadOnlyList<LoggedEvent> Events => _events;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var properties = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
        _events.Add(new LoggedEvent(logLevel, eventId.Id, formatter(state, exception), properties.ToDictionary()));
    }
}

internal sealed record LoggedEvent(LogLevel Level, int EventId, string Message, IReadOnlyDictionary<string, object?> Properties);
