using NetArchTest.Rules;

namespace ResourceService.Architecture.Tests;

internal static class RuleAssertions
{
    public static void Passes(TestResult result) =>
        Assert.That(result.FailingTypeNames ?? [], Is.Empty, "Types that break the rule");

    public static void FailsFor(TestResult result, params Type[] offenders)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsSuccessful, Is.False);
            Assert.That(result.FailingTypes ?? [], Is.EquivalentTo(offenders));
        }
    }
}
