using System.Runtime.CompilerServices;
using NetArchTest.Rules;

namespace ResourceService.Architecture.Tests;

internal static class ClassRules
{
    /// <summary>
    /// Concrete classes are sealed. Static classes (such as Mapperly's mappers) are abstract and sealed in IL, so they
    /// are not concrete here; compiler-generated types and EF Core migrations, which are generated code, are left out.
    /// </summary>
    public static TestResult ConcreteClassesAreSealed(Layer layer) =>
        layer.Types()
            .And().AreClasses()
            .And().AreNotAbstract()
            .And().DoNotHaveCustomAttribute(typeof(CompilerGeneratedAttribute))
            .And().MeetCustomRule(new OutermostNamespace(@namespace => !@namespace.Split('.').Contains("Migrations")))
            .Should().BeSealed()
            .GetResult();
}
