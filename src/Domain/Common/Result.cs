namespace ResourceService.Domain.Common;

/// <summary>The outcome of an operation that can fail in an expected way.</summary>
public readonly record struct Result<T>
{
    // No operation returns a default result, so one that reaches a caller is a bug, not a reason to retry.
    private static readonly Error Uninitialized =
        new(ErrorKind.Unexpected, "result_uninitialized", "The operation produced no result.");

    private readonly T? _value;
    private readonly Error? _error;

    private Result(T value)
    {
        _value = value;
        IsSuccess = true;
    }

    private Result(Error error) => _error = error;

    /// <summary>The failure; a <c>default</c> result, which no operation returns, is a failure too.</summary>
    public Error? Error => IsSuccess ? null : _error ?? Uninitialized;

    public bool IsSuccess { get; }

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"A failed result has no value ({Error!.Code}).");

    public static implicit operator Result<T>(T value) => new(value);

    public static implicit operator Result<T>(Error error) => new(error);

    public Result<TOut> Map<TOut>(Func<T, TOut> map) => IsSuccess ? map(_value!) : Error!;
}
