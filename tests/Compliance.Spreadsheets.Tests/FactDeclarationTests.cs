using System.Linq;
using ChinaLabour.Compliance.Spreadsheets;
using FluentAssertions;
using Xunit;

namespace Compliance.Spreadsheets.Tests;

/// <summary>
/// A fact declared once, on its snapshot record, is a spreadsheet column without a word written here
/// (the core's tests/Compliance.Tests/Snapshots/FactDeclarationTests.cs holds the rest of that promise).
/// </summary>
public sealed class FactDeclarationTests
{
    [Fact]
    public void A_declared_field_is_a_spreadsheet_column_under_its_english_and_chinese_headers()
    {
        var column = ImportVocabulary.Default.FindTable("车辆")!.Columns.Single(c => c.Field == "inServiceSince");

        column.Kind.Should().Be(ValueKind.Date);
        column.Headers.Should().Equal("inServiceSince", "投入营运日期", "营运日期");
    }
}
