using System.Net;
using ResourceService.Api.FunctionalTests.Infrastructure;

namespace ResourceService.Api.FunctionalTests.Platform;

public sealed class HealthTests : ApiFixture
{
    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task Health_WhenTheDatabaseAnswers_Returns200WithoutAToken(string path)
    {
        using var anonymous = Factory.CreateClient();

        using var response = await anonymous.GetAsync(path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
        }
    }
}
