using ChinaLabour.Compliance.Reports;
using FluentAssertions;
using Xunit;

namespace Compliance.Reports.Tests;

public sealed class HtmlTests
{
    [Fact]
    public void Charts_cut_long_labels_with_an_ellipsis() => Html.Fit(new string('长', 40), 292).Should().HaveLength(24).And.EndWith("…");

    [Fact]
    public void Charts_keep_short_labels_whole() => Html.Fit("short", 292).Should().Be("short");
}
