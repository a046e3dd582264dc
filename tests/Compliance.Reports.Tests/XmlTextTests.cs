using System.IO;
using System.IO.Compression;
using System.Text;
using ChinaLabour.Compliance.Reports;
using FluentAssertions;
using Xunit;

namespace Compliance.Reports.Tests;

public sealed class XmlTextTests
{
    /// <summary>The UTF-8 escaping, run through a one-entry zip and read back: what a sheet's cell holds.</summary>
    private static string EscapedBytes(string text)
    {
        using var zipped = new MemoryStream();
        var zip = new ZipWriter(zipped);
        using (var deflater = new ParallelDeflater(zip, threads: 1))
        {
            deflater.Begin("text");
            XmlText.Escape(deflater, Encoding.UTF8.GetBytes(text));
            deflater.End();
        }

        zip.Finish();

        zipped.Position = 0;
        using var archive = new ZipArchive(zipped, ZipArchiveMode.Read);
        using var reader = new StreamReader(archive.Entries[0].Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string EscapedString(string text)
    {
        using var writer = new StringWriter();
        XmlText.Escape(writer, text);
        return writer.ToString();
    }

    [Theory]
    [InlineData("plain 中文，（全角）", "plain 中文，（全角）")]
    [InlineData("a<b & c>d", "a&lt;b &amp; c&gt;d")]
    [InlineData("line\r\nbreak\ttab", "line&#xD;\nbreak\ttab")]
    [InlineData("\u0001\u0008\u000B\u001Fok", "ok")]
    [InlineData("\uFFFE\uFFFFkept\uFFFD\uFFEF", "kept\uFFFD\uFFEF")]
    [InlineData("\uD83D\uDE00", "\uD83D\uDE00")]
    [InlineData("\uEFBF", "\uEFBF")]
    public void Markup_is_escaped_and_what_xml_forbids_dropped_alike_from_bytes_and_from_strings(string text, string xml)
    {
        EscapedString(text).Should().Be(xml);
        EscapedBytes(text).Should().Be(xml);
    }
}
