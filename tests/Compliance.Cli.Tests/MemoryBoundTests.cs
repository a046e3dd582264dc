using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>
/// Rules written to exhaust memory, within what the allow-list lets a rule write, run in a process whose heap is
/// capped as a small container caps it: the process lives, each such rule ends as its own Error or within its
/// budget, and every bundled rule beside them is still decided.
/// </summary>
public sealed class MemoryBoundTests
{
    // 192 MiB: the bundled catalogue and the sample need about 60; what a hostile rule could take is far more.
    private const string HeapLimit = "0xC000000";

    [Fact]
    public async Task Hostile_rules_under_a_capped_heap_end_as_their_own_errors_and_the_check_completes()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("memory-rules-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "sources"));
            File.WriteAllText(Path.Combine(folder, "sources", "hostile.txt"), "第一条 每名员工每年至少参加一次安全培训。");
            File.WriteAllText(Path.Combine(folder, "hostile.yaml"), """
                document:
                  number: 内规〔2024〕9号
                  title: { zh: 内规, en: House rule }
                  issuer: 示例
                  issued: 2024-01-01
                  jurisdiction: ["14"]
                  source: sources/hostile.txt
                rules:
                  - id: hostile.sort-a-cube
                    title: { zh: 排序, en: Sorts a hundred million workers }
                    reading: test reading
                    citation: { clause: 第一条, quote: 每名员工每年至少参加一次安全培训, en: Every employee attends safety training once a year. }
                    severity: minor
                    needs: [workers]
                    check: workers.SelectMany(a => workers.SelectMany(b => workers.SelectMany(c => workers))).OrderBy(w => w.Id).First().Id != ""
                    message: { violated: { zh: x, en: x }, compliant: { zh: x, en: x } }
                  - id: hostile.keep-a-million
                    title: { zh: 保存, en: Keeps a million workers as a named value }
                    reading: test reading
                    citation: { clause: 第一条, quote: 每名员工每年至少参加一次安全培训, en: Every employee attends safety training once a year. }
                    severity: minor
                    needs: [workers]
                    let:
                      everyone: workers.SelectMany(a => workers.SelectMany(b => workers))
                    check: "false"
                    evidence: workers.SelectMany(a => workers.SelectMany(b => workers))
                    message: { violated: { zh: x, en: x }, compliant: { zh: x, en: x } }
                """);

            using var process = ChildCli.Start(
                new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = HeapLimit },
                "check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--add-rules", folder, "--format", "json");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var exited = process.WaitForExitAsync();
            if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromMinutes(3))) != exited)
            {
                process.Kill(entireProcessTree: true);
            }

            exited.IsCompleted.Should().BeTrue("the budget ends every rule long before three minutes");
            await exited;

            process.ExitCode.Should().Be(1, "the sample's violations are found and nothing crashed: {0}", await stderr);
            var output = await stdout;
            using var report = JsonDocument.Parse(output);
            var outcomes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var result in report.RootElement.GetProperty("results").EnumerateArray())
            {
                outcomes[result.GetProperty("ruleId").GetString()!] = result.GetProperty("outcome").GetString()!;
            }

            outcomes.Should().ContainKey("ldhtf-2012.dispatch.ratio").WhoseValue.Should().Be("violated");
            outcomes["hostile.sort-a-cube"].Should().Be("error");
            outcomes["hostile.keep-a-million"].Should().Be("error");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
