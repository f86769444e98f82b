namespace ResourceService.Application.Common;

/// <summary>
/// Marks a use-case interface. Implementations are registered by assembly scanning; an implementation
/// that takes its own interface in its constructor is a decorator and is applied around it.
/// </summary>
public interface IUseCase;
