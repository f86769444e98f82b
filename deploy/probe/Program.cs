// The image's HEALTHCHECK. Microsoft's runtime images carry neither curl nor wget (and the chiseled ones not
// even a shell), so the image brings this probe: exit 0 when the service answers 2xx on the path, else 1.
// The port is the service's own (ASPNETCORE_HTTP_PORTS, first entry), so changing it keeps the check true.
var path = args.Length > 0 ? args[0] : "/health/live";
var ports = Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS") ?? "8080";
var port = ports.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
var target = new Uri($"http://127.0.0.1:{port}{path}");

using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
try
{
    using var response = await client.GetAsync(target);
    Console.WriteLine($"{target} answered {(int)response.StatusCode}");
    return response.IsSuccessStatusCode ? 0 : 1;
}
catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
{
    Console.WriteLine($"{target} did not answer: {exception.Message}");
    return 1;
}
