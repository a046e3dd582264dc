using System.Text;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Reporting;

namespace Compliance.Cli;

/// <summary>One employer's line of reports.jsonl, in the detail asked for, as UTF-8 bytes with its line feed.</summary>
internal static class BatchRecords
{
    public static void Write(CheckReport report, BatchDetail detail, PooledBuffer output)
    {
        if (detail == BatchDetail.Summary)
        {
            BatchRecordJson.Write(report, output);
        }
        else
        {
            var json = ReportJson.ToJson(report, indented: false);
            var length = Encoding.UTF8.GetByteCount(json);
            output.Advance(Encoding.UTF8.GetBytes(json, output.GetSpan(length)));
        }

        output.Write((byte)'\n');
    }
}
