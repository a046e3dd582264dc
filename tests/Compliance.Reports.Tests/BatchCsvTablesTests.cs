using System;
using System.IO;
using System.Linq;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Reports;
using Compliance.Reports.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Reports.Tests;

public sealed class BatchCsvTablesTests
{
    [Fact]
    public void The_summary_lists_the_worst_employer_first_and_violations_one_row_per_rule()
    {
        using var summary = new StringWriter();
        using var violations = new StringWriter();
        var tables = new BatchCsvTables(summary, violations);
        var mine = Samples.Shuozhou;

        tables.Add("compliant-employer.json", Samples.Compliant);
        tables.Add("shuozhou-coal-mine.json", mine, inputProblems: 2);
        tables.Complete();

        var rows = summary.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        rows.Should().HaveCount(3);
        rows[0].Should().StartWith("source,employer,name,region,industry,violated,").And.EndWith(",input problems");
        rows[1].Should().StartWith("shuozhou-coal-mine.json," + mine.EnterpriseId + ",").And.EndWith(",2", "the worst employer comes first, whatever the order added");
        rows[2].Should().StartWith("compliant-employer.json,").And.EndWith(",0");
        var violationRows = violations.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        violationRows[0].Should().Be("employer,name,rule,severity,document,clause,quote,figures,evidence,remedy");
        violationRows.Skip(1).Select(r => r.Split(',')[2]).Should().Equal(mine.Violations.Select(v => v.Rule.Id));
    }

    [Fact]
    public void Nothing_can_be_added_once_complete()
    {
        var tables = new BatchCsvTables(TextWriter.Null, TextWriter.Null);
        tables.Complete();

        FluentActions.Invoking(() => tables.Add("x", Samples.Compliant)).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(tables.Complete).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        FluentActions.Invoking(() => new BatchCsvTables(null!, TextWriter.Null)).Should().Throw<ArgumentNullException>().WithParameterName("summary");
        FluentActions.Invoking(() => new BatchCsvTables(TextWriter.Null, null!)).Should().Throw<ArgumentNullException>().WithParameterName("violations");
        var tables = new BatchCsvTables(TextWriter.Null, TextWriter.Null);
        FluentActions.Invoking(() => tables.Add("x", null!)).Should().Throw<ArgumentNullException>().WithParameterName("report");
        FluentActions.Invoking(() => tables.Add(null!, Samples.Compliant)).Should().Throw<ArgumentNullException>().WithParameterName("source");
    }

    [Fact]
    public void Counts_by_outcome_add_up_to_the_rules_reported()
    {
        using var summary = new StringWriter();
        var tables = new BatchCsvTables(summary, TextWriter.Null);
        var mine = Samples.Shuozhou;
        tables.Add("mine", mine);
        tables.Complete();

        var cells = summary.ToString().Split("\r\n")[1].Split(',');
        cells[^9..^4].Select(int.Parse).Sum().Should().Be(mine.Results.Count);
        int.Parse(cells[5]).Should().Be(mine.Count(Outcome.Violated));
    }
}
