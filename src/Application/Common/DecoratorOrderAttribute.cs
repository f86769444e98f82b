namespace ResourceService.Application.Common;

/// <summary>Where a decorator sits around a use case: the higher the order, the further out (default 0).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DecoratorOrderAttribute(int order) : Attribute
{
    public int Order { get; } = order;
}
