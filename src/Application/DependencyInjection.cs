using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using ResourceService.Application.Common;

namespace ResourceService.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = typeof(DependencyInjection).Assembly;

        services.Scan(scan => scan
            .FromAssemblies(assembly)
            .AddClasses(classes => classes.AssignableTo<IUseCase>().Where(type => !IsDecorator(type)), publicOnly: false)
            .AsImplementedInterfaces(contract => contract != typeof(IUseCase))
            .WithScopedLifetime());

        AddDecorators(services, assembly);
        return services;
    }

    private static void AddDecorators(IServiceCollection services, Assembly assembly)
    {
        foreach (var decorator in DecoratorsInOrder(assembly.GetTypes()))
        {
            services.Decorate(DecoratedContract(decorator)!, decorator);
        }
    }

    // Scrutor wraps each decoration around the previous ones, so the outermost is applied last. Decorators of
    // one order follow their full names, so that their nesting does not hang on the order the compiler emits.
    internal static IEnumerable<Type> DecoratorsInOrder(IEnumerable<Type> types) =>
        types
            .Where(type => type is { IsClass: true, IsAbstract: false } && IsDecorator(type))
            .OrderBy(type => type.GetCustomAttribute<DecoratorOrderAttribute>()?.Order ?? 0)
            .ThenBy(type => type.FullName, StringComparer.Ordinal);

    private static bool IsDecorator(Type type) => DecoratedContract(type) is not null;

    // A decorator implements a use case and takes that same use case in a constructor; a handler does not.
    internal static Type? DecoratedContract(Type type) =>
        type.GetInterfaces()
            .Where(contract => typeof(IUseCase).IsAssignableFrom(contract) && contract != typeof(IUseCase))
            .FirstOrDefault(contract => type.GetConstructors()
                .Any(constructor => constructor.GetParameters().Any(parameter => parameter.ParameterType == contract)));
}
