using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Packages.Tests;

/// <summary>
/// An ASP.NET Core minimal API on the DI companion, started on 127.0.0.1 from the packed packages and called over HTTP:
/// the sample snapshot comes back with its violation and citation; a bad body with positions; a bad catalogue stops
/// start-up with the problem's file and line.
/// </summary>
[Collection(PackedPackages.Name)]
public sealed class WebApiConsumerTests(PackageFeed feed)
{
    private static readonly TimeSpan s_startUp = TimeSpan.FromMinutes(2);

    private readonly Consumer _consumer = Consumers.WebApi(feed);

    [Fact]
    public async Task Checks_a_posted_snapshot_and_cites_the_clause_it_breaks()
    {
        await using var server = await Server.Start(_consumer, new Dictionary<string, string>());

        using var response = await server.Post("/check?asOf=2024-06-30", File.ReadAllText(Repository.Path("samples", "data", "shuozhou-coal-mine.json")));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var ratio = ViolatedRule(JsonNode.Parse(await response.Content.ReadAsStringAsync())!, "jin-rsbf-2022-18.dispatch.ratio");
        ((string?)ratio["citation"]!["clause"]).Should().NotBeNullOrWhiteSpace();
        ((string?)ratio["citation"]!["quote"]).Should().Contain("劳务派遣").And.Contain("10%");
    }

    [Fact]
    public async Task Binds_the_snapshot_with_the_library_json_settings()
    {
        await using var server = await Server.Start(_consumer, new Dictionary<string, string>());

        using var response = await server.Post("/check-bound?asOf=2024-06-30", File.ReadAllText(Repository.Path("samples", "data", "shuozhou-coal-mine.json")));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        ViolatedRule(JsonNode.Parse(await response.Content.ReadAsStringAsync())!, "mkaqtl-2024.dispatch.mine-underground");
    }

    [Fact]
    public async Task Answers_a_bad_body_with_400_and_every_mistake_positioned()
    {
        await using var server = await Server.Start(_consumer, new Dictionary<string, string>());

        using var response = await server.Post("/check?asOf=2024-06-30", """{ "enterprise": { "id": "E1" }, "workers": [ { "id": "W1", "form": "外援" } ] }""");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("request:1:").And.Contain("$.workers[0].form").And.NotContain("   at ");
    }

    [Fact]
    public async Task Refuses_to_start_on_a_bad_catalogue_and_says_where()
    {
        var rules = Directory.CreateDirectory(Path.Combine(feed.Root, "bad-rules")).FullName;
        // The unclosed list is found where the text ends: line 3, column 1.
        File.WriteAllText(Path.Combine(rules, "broken.yaml"), "document:\n  id: [unclosed\n");
        using var process = _consumer.Start(new Dictionary<string, string> { ["Compliance__RulesFolder"] = rules }, "--urls", "http://127.0.0.1:0");

        var exited = process.WaitForExit(s_startUp);
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();

        exited.Should().BeTrue("a host whose catalogue does not load stops");
        process.ExitCode.Should().NotBe(0);
        output.Should().Contain("broken.yaml:3:1: error CR0001").And.NotContain("Now listening on");
    }

    private static JsonNode ViolatedRule(JsonNode report, string id)
    {
        foreach (var result in report["results"]!.AsArray())
        {
            if ((string?)result!["ruleId"] == id)
            {
                ((string?)result["outcome"]).Should().Be("violated");
                return result;
            }
        }

        throw new InvalidOperationException($"the report has no result for {id}: {report.ToJsonString()[..Math.Min(400, report.ToJsonString().Length)]}");
    }

    /// <summary>The consumer listening on a port the system chose; stopped and awaited on disposal.</summary>
    private sealed class Server : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly HttpClient _client;

        private Server(Process process, Uri address)
        {
            _process = process;
            _client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(1) };
        }

        public static async Task<Server> Start(Consumer consumer, IReadOnlyDictionary<string, string> environment)
        {
            var process = consumer.Start(environment, "--urls", "http://127.0.0.1:0");
            var seen = new StringBuilder();
            var reading = Task.Run(async () =>
            {
                while (await process.StandardOutput.ReadLineAsync() is { } line)
                {
                    seen.AppendLine(line);
                    const string listening = "Now listening on: ";
                    var at = line.IndexOf(listening, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        return new Uri(line[(at + listening.Length)..].Trim());
                    }
                }

                return null;
            });
            if (await Task.WhenAny(reading, Task.Delay(s_startUp)) != reading || await reading is not { } address)
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException("the web consumer did not start listening:\n" + seen + await process.StandardError.ReadToEndAsync());
            }

            // Keep draining its output so that a chatty log can never block it.
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            return new Server(process, address);
        }

        public Task<HttpResponseMessage> Post(string path, string json) =>
            _client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

        public async ValueTask DisposeAsync()
        {
            _client.Dispose();
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
    }
}
