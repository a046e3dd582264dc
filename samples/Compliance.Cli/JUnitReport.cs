using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Reports;
using ChinaLabour.Compliance.Text;
using NodaTime.Text;

namespace Compliance.Cli;

/// <summary>
/// JUnit XML (the Apache Ant schema CI servers read): one <c>testsuite</c> per employer, one <c>testcase</c> per rule
/// judged, named by rule id and classed by document number. <see cref="Outcome.Violated"/> is a <c>failure</c> (type:
/// the severity), <see cref="Outcome.Error"/> an <c>error</c>, <see cref="Outcome.NotApplicable"/> and
/// <see cref="Outcome.Indeterminate"/> are <c>skipped</c> with the reason; compliant is a pass. The schema requires a
/// timestamp, a host name and times: they are the as-of date at midnight, "localhost" and 0, so that two runs of the
/// same input give the same bytes. Written one employer at a time, so a batch's memory stays bounded.
/// </summary>
internal sealed class JUnitReport : IDisposable
{
    public const string FileName = "junit.xml";

    private readonly XmlWriter _xml;
    private readonly Language _language;
    private int _suites;

    public JUnitReport(Stream output, Language language)
    {
        _language = language;
        _xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false), CloseOutput = false });
        _xml.WriteStartDocument();
        _xml.WriteStartElement("testsuites");
    }

    /// <summary>One test suite: <paramref name="report"/>'s employer, read from <paramref name="source"/>.</summary>
    public void Add(string source, CheckReport report)
    {
        var name = Clean(report.EnterpriseId) is { Length: > 0 } id ? id : "(no id)";
        _xml.WriteStartElement("testsuite");
        _xml.WriteAttributeString("name", name);
        _xml.WriteAttributeString("package", Clean(source));
        _xml.WriteAttributeString("id", Text(_suites++));
        _xml.WriteAttributeString("timestamp", LocalDatePattern.Iso.Format(report.AsOf) + "T00:00:00");
        _xml.WriteAttributeString("hostname", "localhost");
        _xml.WriteAttributeString("tests", Text(report.Results.Count));
        _xml.WriteAttributeString("failures", Text(report.Count(Outcome.Violated)));
        _xml.WriteAttributeString("errors", Text(report.Count(Outcome.Error)));
        _xml.WriteAttributeString("skipped", Text(report.Count(Outcome.NotApplicable) + report.Count(Outcome.Indeterminate)));
        _xml.WriteAttributeString("time", "0");
        _xml.WriteStartElement("properties");
        Property("asOf", LocalDatePattern.Iso.Format(report.AsOf));
        Property("source", source);
        if (report.EnterpriseName is { } employer)
        {
            Property("employer", employer);
        }

        _xml.WriteEndElement();
        foreach (var result in report.Results)
        {
            WriteCase(result);
        }

        _xml.WriteElementString("system-out", string.Empty);
        _xml.WriteElementString("system-err", string.Empty);
        _xml.WriteEndElement();
        _xml.Flush();
    }

    /// <summary>Closes the document; the output holds a whole JUnit file once this returns.</summary>
    public void Finish()
    {
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Flush();
    }

    public void Dispose() => _xml.Dispose();

    /// <summary>
    /// <paramref name="text"/> with what XML cannot hold (control characters, lone surrogates, found in the free text
    /// of a snapshot) replaced by U+FFFD, so a stray byte in one employer's name cannot stop the file being written.
    /// </summary>
    public static string Clean(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var ok = pair || XmlConvert.IsXmlChar(text[i]);
            if (!ok)
            {
                clean ??= new StringBuilder(text, 0, i, text.Length);
                clean.Append('\uFFFD');
                continue;
            }

            clean?.Append(text[i]);
            if (pair)
            {
                clean?.Append(text[i + 1]);
                i++;
            }
        }

        return clean?.ToString() ?? text;
    }

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void Property(string name, string value)
    {
        _xml.WriteStartElement("property");
        _xml.WriteAttributeString("name", name);
        _xml.WriteAttributeString("value", Clean(value));
        _xml.WriteEndElement();
    }

    private void WriteCase(RuleResult result)
    {
        var rule = result.Rule;
        _xml.WriteStartElement("testcase");
        _xml.WriteAttributeString("name", rule.Id);
        _xml.WriteAttributeString("classname", Clean(rule.Citation.Document));
        _xml.WriteAttributeString("time", "0");
        var message = Clean((result.Message ?? result.Reason)?.In(_language) ?? rule.Title.In(_language));
        switch (result.Outcome)
        {
            case Outcome.Violated:
                _xml.WriteStartElement("failure");
                _xml.WriteAttributeString("message", message);
                _xml.WriteAttributeString("type", ReportWords.Severity(rule.Severity, Language.En));
                _xml.WriteString(Clean(Details(result)));
                _xml.WriteEndElement();
                break;
            case Outcome.Error:
                _xml.WriteStartElement("error");
                _xml.WriteAttributeString("message", message);
                _xml.WriteAttributeString("type", "error");
                _xml.WriteString(Clean(Details(result)));
                _xml.WriteEndElement();
                break;
            case Outcome.NotApplicable or Outcome.Indeterminate:
                _xml.WriteStartElement("skipped");
                _xml.WriteAttributeString("message", $"{ReportWords.Outcome(result.Outcome, _language)}: {message}");
                _xml.WriteEndElement();
                break;
        }

        _xml.WriteEndElement();
    }

    private string Details(RuleResult result)
    {
        var rule = result.Rule;
        var lines = new[]
        {
            $"{rule.Citation.Document} {rule.Citation.Clause}",
            _language == Language.Zh ? rule.Citation.Quote : rule.Citation.English,
            string.Join(", ", result.Evidence.Select(e => $"{e.Kind} {e.Id}")),
            result.Remedy?.In(_language) ?? string.Empty,
        };
        return string.Join("\n", lines.Where(line => line.Length > 0));
    }
}
