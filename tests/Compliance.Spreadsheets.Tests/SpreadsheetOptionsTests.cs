using System;
using ChinaLabour.Compliance.Spreadsheets;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Spreadsheets.Tests;

public sealed class SpreadsheetOptionsTests
{
    [Fact]
    public void Defaults_are_excels_cell_limit_and_generous_sizes()
    {
        var options = new SpreadsheetOptions();
        (options.MaxCellLength, options.MaxRowLength, options.MaxUncompressedSize, options.MaxSharedStringsSize)
            .Should().Be((32_767, 1_048_576, 2L << 30, 128L << 20));
    }

    [Fact]
    public void Limits_that_are_not_positive_are_named_all_at_once()
    {
        using var tables = new TempTables().Csv("employers.csv", "employerId\nE1\n");
        var open = () => SpreadsheetBatch.Open(tables.Folder, new SpreadsheetOptions { MaxCellLength = 0, MaxUncompressedSize = -1 });
        open.Should().Throw<ArgumentException>().Which.Message.Should().Be(
            "SpreadsheetOptions.MaxCellLength: expected a positive limit, found 0; SpreadsheetOptions.MaxUncompressedSize: expected a positive limit, found -1 (Parameter 'options')");
    }
}
