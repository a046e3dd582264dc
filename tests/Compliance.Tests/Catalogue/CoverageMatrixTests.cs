using System.Linq;
using ChinaLabour.Compliance.Catalogue;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Catalogue;

/// <summary>
/// The coverage matrix lists every numbered clause of every document. Each rule file declares how its text numbers
/// its clauses (<c>document.clauses</c>) and the loader finds them in the text, so a clause left out of a rule
/// file's coverage fails by name, and a new document needs no code here.
/// </summary>
public sealed class CoverageMatrixTests
{
    public static TheoryData<string> Documents => [.. Bundled.Catalogue.Documents.Select(d => d.Number)];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Coverage_lists_every_numbered_clause_of_the_document_in_order(string number)
    {
        var document = Bundled.Catalogue.Documents.Single(d => d.Number == number);

        document.Clauses.Should().NotBeEmpty("every bundled rule file declares its clause numbering");
        document.Coverage.Select(c => c.Clause).Should().Equal(document.Clauses);
    }

    [Fact]
    public void Every_rule_is_in_its_documents_coverage_as_encoded()
    {
        var encoded = Bundled.Catalogue.Documents
            .SelectMany(d => d.Coverage.Where(c => c.Status == CoverageStatus.Encoded).SelectMany(c => c.RuleIds))
            .ToHashSet();

        Bundled.Catalogue.Rules.Select(r => r.Id).Where(id => !encoded.Contains(id)).Should().BeEmpty();
    }
}
