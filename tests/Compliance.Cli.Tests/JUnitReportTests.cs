using System.IO;
using System.Linq;
using System.Xml.Linq;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary><c>check --format junit</c>: JUnit XML, valid against the Ant JUnit schema.</summary>
public sealed class JUnitReportTests : System.IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("junit-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Check_writes_junit_that_validates_with_a_failure_per_violation_and_skips_with_reasons()
    {
        var path = Path.Combine(_folder, "junit.xml");
        var (exit, _, error) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--format", "junit", "--out", path);

        exit.Should().Be(1);
        error.Should().BeEmpty();
        Schemas.JUnitErrors(path).Should().BeEmpty();
        var suite = XDocument.Load(path).Root!.Elements("testsuite").Single();
        suite.Attribute("name")!.Value.Should().Be("E-SZ-001");
        var cases = suite.Elements("testcase").ToArray();
        suite.Attribute("tests")!.Value.Should().Be(cases.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        suite.Attribute("failures")!.Value.Should().Be(cases.Count(c => c.Element("failure") is not null).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var ratio = cases.Single(c => c.Attribute("name")!.Value == "ldhtf-2012.dispatch.ratio");
        ratio.Attribute("classname")!.Value.Should().Be("中华人民共和国劳动合同法");
        ratio.Element("failure")!.Attribute("type")!.Value.Should().Be("major");
        ratio.Element("failure")!.Attribute("message")!.Value.Should().Be("dispatched 12 of 100 (12.0%), limit 10%");
        cases.Where(c => c.Element("skipped") is not null).Should().NotBeEmpty()
            .And.OnlyContain(c => c.Element("skipped")!.Attribute("message")!.Value.Length > "Not applicable: ".Length);
    }

    [Fact]
    public void A_junit_file_that_breaks_the_schema_is_caught()
    {
        var path = Path.Combine(_folder, "bad.xml");
        File.WriteAllText(path, "<testsuites><testsuite name=\"x\"/></testsuites>");

        Schemas.JUnitErrors(path).Should().NotBeEmpty();
    }

    [Fact]
    public void Characters_xml_cannot_hold_are_replaced_not_fatal() =>
        JUnitReport.Clean("a\u0001b\uD800c😀").Should().Be("a\uFFFDb\uFFFDc😀");
}
