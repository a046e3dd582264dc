using System;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChinaLabour.Compliance.Snapshots;
using ChinaLabour.Compliance.Spreadsheets;
using FluentAssertions;
using Xunit;

namespace Compliance.Spreadsheets.Tests;

public sealed class CellReaderTests
{
    private static readonly ImportVocabulary s_vocabulary = ImportVocabulary.Default;
    private static readonly JsonSerializerOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static ColumnSpec Column(string table, string field) =>
        s_vocabulary.Tables.Single(t => t.Name == table).Columns.Single(c => c.Field == field);

    // The typed value as a JSON snapshot writes it, so that a cell and a JSON file are seen to mean the same thing.
    private static string? Read(string table, string field, object? cell) =>
        CellReader.Read(Column(table, field), cell, s_vocabulary).Value is { } value
            ? JsonSerializer.SerializeToNode(value, value.GetType(), SnapshotJson.Options)!.ToJsonString(s_json)
            : null;

    [Theory]
    [InlineData("是", "true")]
    [InlineData("否", "false")]
    [InlineData("Y", "true")]
    [InlineData("no", "false")]
    [InlineData("1", "true")]
    [InlineData("√", "true")]
    [InlineData("×", "false")]
    [InlineData("也许", null)]
    public void Booleans_are_read_from_the_words_hr_systems_use(string word, string? json) =>
        Read("posts", "underground", word).Should().Be(json);

    [Fact]
    public void A_boolean_cell_is_a_boolean() => Read("posts", "underground", true).Should().Be("true");

    [Theory]
    [InlineData("12", "12")]
    [InlineData("12.0", "12")]
    [InlineData("-3", "-3")]
    [InlineData("12.5", null)]
    [InlineData("1,200", null)]
    [InlineData("十二", null)]
    public void Integers_are_whole_numbers_written_plainly(string text, string? json) =>
        Read("employers", "headcount.dispatched", text).Should().Be(json);

    [Fact]
    public void Number_cells_read_as_integers_codes_and_text_without_a_decimal_point()
    {
        Read("employers", "headcount.dispatched", 12d).Should().Be("12");
        Read("employers", "enterprise.regionCode", 140602d).Should().Be("\"140602\"");
        Read("workers", "id", 1001d).Should().Be("\"1001\"");
        Read("employers", "enterprise.regionCode", 140602.5).Should().BeNull();
    }

    [Fact]
    public void An_id_number_stored_as_a_number_is_refused_because_its_last_digits_are_gone()
    {
        var (value, expected) = CellReader.Read(Column("workers", "idNumber"), 110105194912310021d, s_vocabulary);

        value.Should().BeNull();
        expected.Should().Contain("format the column as text");
        Read("workers", "idNumber", "11010519491231002X").Should().Be("\"11010519491231002X\"");
    }

    [Theory]
    [InlineData("劳务派遣", "\"dispatched\"")]
    [InlineData("Labor Contract", "\"laborContract\"")]
    [InlineData("非全日制", "\"partTime\"")]
    [InlineData("实习生", "\"intern\"")]
    public void Enum_words_map_to_the_snapshot_values(string word, string json) =>
        Read("workers", "form", word).Should().Be(json);

    [Theory]
    [InlineData("无", "\"\"")]
    [InlineData("不涉及", "\"\"")]
    [InlineData("none", "\"\"")]
    [InlineData("电工作业", "\"电工作业\"")]
    public void A_special_operation_of_none_is_the_empty_text_the_snapshot_uses(string word, string json) =>
        Read("posts", "specialOperation", word).Should().Be(json);

    [Fact]
    public void Quoted_values_mask_id_numbers_withhold_names_and_cut_long_text()
    {
        CellReader.Quote(Column("workers", "idNumber"), "11010519491231002X").Should().Be("\"110105********002X\"");
        CellReader.Quote(Column("workers", "idNumber"), "11010519491231002X", showIdNumbers: true).Should().Be("\"11010519491231002X\"");
        CellReader.Quote(Column("workers", "name"), "张三").Should().Be("(a name, not shown)");
        CellReader.Quote(null, new string('x', 100)).Should().Be("\"" + new string('x', 60) + "…\"");
    }

    [Fact]
    public void Dates_with_a_time_of_day_read_as_their_day()
    {
        Read("workers", "start", new DateTime(2024, 3, 31, 8, 30, 0)).Should().Be("\"2024-03-31\"");
        Read("overtime", "month", new DateTime(2024, 3, 31)).Should().Be("\"2024-03\"");
        Read("overtime", "month", 202403d).Should().Be("\"2024-03\"");
        Read("overtime", "month", 45382d).Should().Be("\"2024-03\"");
    }
}
