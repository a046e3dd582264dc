using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

using ChinaLabour.Compliance.Loading;
using ChinaLabour.Compliance.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChinaLabour.Compliance.Testing;

/// <summary>
/// Runs rule tests: YAML files of cases, each a snapshot, an as-of date and the expected outcome of some rules
/// with their figures, evidence and missing facts (docs/rule-tests.md). Rule authors run them with
/// <c>rules test</c>; the project's test suite runs the bundled ones.
/// </summary>
/// <threadsafety>Stateless; safe to use from many threads.</threadsafety>
public static class RuleTestRunner
{
    /// <summary>Runs every <c>*.yaml</c> file under <paramref name="folder"/> against <paramref name="checker"/>.</summary>
    /// <param name="checker">A checker over the catalogue under test.</param>
    /// <param name="folder">The folder of test files, e.g. <c>rules/tests</c>.</param>
    /// <returns>Every case's result, and every problem with the files.</returns>
    public static RuleTestReport RunFolder(ComplianceChecker checker, string folder)
    {
        ArgumentNullException.ThrowIfNull(checker);
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            return new RuleTestReport([], [new Diagnostic(new SourcePosition(folder, 1, 1), "CR0501", null, $"the test folder '{folder}' does not exist")]);
        }

        var files = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new RuleFileSource(Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText(f)));
        return Run(checker, files);
    }

    /// <summary>Runs rule tests held in memory.</summary>
    /// <param name="checker">A checker over the catalogue under test.</param>
    /// <param name="files">The test files.</param>
    /// <returns>Every case's result, and every problem with the files.</returns>
    public static RuleTestReport Run(ComplianceChecker checker, IEnumerable<RuleFileSource> files)
    {
        ArgumentNullException.ThrowIfNull(checker);
        ArgumentNullException.ThrowIfNull(files);
        var cases = new List<RuleTestCaseResult>();
        var diagnostics = new DiagnosticBag(string.Empty);
        foreach (var file in files)
        {
            diagnostics.File = file.Path;
            YamlStream stream;
            try
            {
                stream = BoundedYamlParser.Load(file.Content);
            }
            catch (YamlException e)
            {
                diagnostics.Add(e.Start, YamlMessages.YamlSyntax, null, YamlMessages.Syntax(e.InnerException?.Message ?? e.Message));
                continue;
            }

            if (stream.Documents.Count > 1)
            {
                diagnostics.Add(stream.Documents[1].RootNode.Start, YamlMessages.YamlSyntax, null, YamlMessages.SeveralDocuments(stream.Documents.Count));
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                // An empty file is wrong at its start, any other at its first node (a default Mark is line 0).
                var at = stream.Documents.Count == 0 ? Mark.Empty : stream.Documents[0].RootNode.Start;
                diagnostics.Add(at, YamlMessages.WrongShape, null, YamlMessages.Shape("the file", "a mapping with 'cases'", "something else"));
                continue;
            }

            var top = new YamlMappingReader(root, diagnostics, null, "the file");
            foreach (var node in top.Sequence("cases", required: true))
            {
                if (top.AsMapping(node, "cases", "a case") is { } reader && RuleTestCase.Read(reader, file.Path) is { } testCase)
                {
                    cases.Add(testCase.Run(checker));
                }
            }

            top.Finish();
        }

        return new RuleTestReport(cases, diagnostics.ToSortedList());
    }
}
