namespace Cadence.BuildingBlocks.Results;

/// <summary>The outcome of a use case: success, or one or more errors (several when validation fails on several fields).</summary>
public class Result
{
    protected Result(IReadOnlyList<Error> errors) => Errors = errors;

    public IReadOnlyList<Error> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public static Result Success() => new([]);

    public static Result Failure(params Error[] errors) => new(errors);

    public static Result Failure(IReadOnlyList<Error> errors) => new(errors);

    public static Result<T> Success<T>(T value) => new(value, []);

    public static Result<T> Failure<T>(params Error[] errors) => new(default, errors);

    public static Result<T> Failure<T>(IReadOnlyList<Error> errors) => new(default, errors);
}

/// <summary>A result that carries a value when it succeeded.</summary>
public sealed class Result<T> : Result
{
    private readonly T? _value;

    internal Result(T? value, IReadOnlyList<Error> errors) : base(errors) => _value = value;

    public T Value => Succeeded ? _value! : throw new InvalidOperationException("A failed result has no value.");

    public static implicit operator Result<T>(T value) => new(value, []);

    public static implicit operator Result<T>(Error error) => new(default, [error]);
}
