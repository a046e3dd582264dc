using System.Text;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Reporting;
using ChinaLabour.Compliance.Waivers;

namespace Compliance.Cli;

/// <summary>One employer's line of reports.jsonl, in the detail asked for, as UTF-8 bytes with its line feed.</summary>
internal static class BatchRecords
{
    public static void Write(CheckReport report, WaiverFiling? filing, BatchDetail detail, BatchRecordWriter records, PooledBuffer output)
    {
        if (detail == BatchDetail.Summary)
        {
            if (filing is null)
            {
                records.Write(report, output);
            }
            else
            {
                records.Write(filing, output);
            }
        }
        else
        {
            var json = filing is null ? ReportJson.ToJson(report, indented: false) : ReportJson.ToJsonFiled(filing, indented: false);
            var length = Encoding.UTF8.GetByteCount(json);
            output.Advance(Encoding.UTF8.GetBytes(json, output.GetSpan(length)));
        }

        output.Write((byte)'\n');
    }
}
