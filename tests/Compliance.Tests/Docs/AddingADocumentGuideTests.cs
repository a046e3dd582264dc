using System.IO;
using System.Linq;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Testing;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Docs;

/// <summary>
/// docs/adding-a-document.md walks a made-up regulation from its text to passing tests; its files are the ones under
/// docs/examples/new-document, and this test loads and tests exactly them, copied into a fresh folder as an author
/// would lay them out, so that the guide cannot rot and a new document needs no C#.
/// </summary>
public sealed class AddingADocumentGuideTests
{
    private static readonly string s_example = Repository.Path("docs", "examples", "new-document");

    [Fact]
    public void The_guides_document_numbered_by_articles_passes_lint_and_its_rule_tests_without_code()
    {
        var folder = Directory.CreateTempSubdirectory("compliance-guide-").FullName;
        try
        {
            foreach (var file in Directory.EnumerateFiles(s_example, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(folder, Path.GetRelativePath(s_example, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var loaded = RuleCatalogue.LoadFolder(folder);
            loaded.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
            var document = loaded.Catalogue!.Documents.Single();
            document.Clauses.Should().Equal("第一条", "第二条", "第三条", "第四条", "第五条");
            document.Coverage.Select(c => c.Clause).Should().Equal(document.Clauses);

            var report = RuleTestRunner.RunFolder(ComplianceChecker.Create(loaded.Catalogue), Path.Combine(folder, "tests"));
            report.Problems.Select(p => p.ToString()).Should().BeEmpty();
            report.Cases.Should().HaveCount(4).And.OnlyContain(c => c.Passed);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_guide_quotes_the_example_files_it_walks_through()
    {
        var guide = File.ReadAllText(Repository.Path("docs", "adding-a-document.md"));

        foreach (var file in Directory.EnumerateFiles(s_example, "*", SearchOption.AllDirectories))
        {
            guide.Should().Contain(File.ReadAllText(file).TrimEnd(), $"the guide shows {Path.GetRelativePath(s_example, file)} as it is");
        }
    }
}
