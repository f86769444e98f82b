using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using ResourceService.Application.Common;
using ResourceService.Application.Common.Logging;

namespace ResourceService.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        var assembly = typeof(DependencyInjection).Assembly;

        services.Scan(scan => scan
            .FromAssemblies(assembly)
            .AddClasses(classes => classes.Where(IsModulePart), publicOnly: false)
            .AsImplementedInterfaces(IsModuleContract)
            .WithScopedLifetime());
        services.AddScoped<CommittedEvents>();

        AddDecorators(services, assembly);
        return services;
    }

    // Use cases, event handlers and key-event logs of every module, but not the decorators, which wrap them.
    internal static bool IsModulePart(Type type) =>
        !type.IsGenericTypeDefinition && !IsDecorator(type) && type.GetInterfaces().Any(IsModuleContract);

    internal static bool IsModuleContract(Type contract) =>
        contract == typeof(IKeyEventLog) ||
        (contract.IsGenericType && contract.GetGenericTypeDefinition() is var definition &&
            (definition == typeof(IUseCase<,>) || definition == typeof(IDomainEventHandler<>) || definition == typeof(IRejectionLog<>)));

    private static void AddDecorators(IServiceCollection services, Assembly assembly)
    {
        var useCases = services
            .Where(service => !service.IsKeyedService && IsUseCase(service.ServiceType))
            .Select(service => service.ServiceType)
            .Distinct()
            .ToList();
        foreach (var decorator in DecoratorsInOrder(assembly.GetTypes()))
        {
            foreach (var (useCase, closed) in Decorations(decorator, useCases))
            {
                services.Decorate(useCase, closed);
            }
        }
    }

    /// <summary>
    /// The use cases a decorator wraps: a closed decorator its own; an open-generic one every use case whose request
    /// and response meet its constraints (the idempotent decorator, for instance, only requests that carry a key).
    /// </summary>
    internal static IEnumerable<(Type UseCase, Type Decorator)> Decorations(Type decorator, IEnumerable<Type> useCases)
    {
        if (!decorator.IsGenericTypeDefinition)
        {
            return [(DecoratedContract(decorator)!, decorator)];
        }

        return useCases
            .Where(useCase => Satisfies(decorator.GetGenericArguments(), useCase.GetGenericArguments()))
            .Select(useCase => (useCase, decorator.MakeGenericType(useCase.GetGenericArguments())));
    }

    private static bool Satisfies(Type[] parameters, Type[] arguments) =>
        parameters.Zip(arguments).All(pair =>
            pair.First.GetGenericParameterConstraints().All(constraint => constraint.IsAssignableFrom(pair.Second)));

    // Scrutor wraps each decoration around the previous ones, so the outermost is applied last. Decorators of
    // one order follow their full names, so that their nesting does not hang on the order the compiler emits.
    internal static IEnumerable<Type> DecoratorsInOrder(IEnumerable<Type> types) =>
        types
            .Where(type => type is { IsClass: true, IsAbstract: false } && IsDecorator(type))
            .OrderBy(type => type.GetCustomAttribute<DecoratorOrderAttribute>()?.Order ?? 0)
            .ThenBy(type => type.FullName, StringComparer.Ordinal);

    private static bool IsDecorator(Type type) => DecoratedContract(type) is not null;

    private static bool IsUseCase(Type contract) =>
        contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IUseCase<,>);

    // A decorator implements a use case and takes that same use case in a constructor; a handler does not.
    internal static Type? DecoratedContract(Type type) =>
        type.GetInterfaces()
            .Where(IsUseCase)
            .FirstOrDefault(contract => type.GetConstructors()
                .Any(constructor => constructor.GetParameters().Any(parameter => parameter.ParameterType == contract)));
}
