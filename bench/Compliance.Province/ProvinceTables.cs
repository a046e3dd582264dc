using System;
using System.IO;
using System.Text;

namespace Compliance.Province;

/// <summary>The five CSV files of the batch, open for writing side by side, each with its Chinese header row.</summary>
internal sealed class ProvinceTables : IDisposable
{
    private const int Buffer = 1 << 16;

    public ProvinceTables(string folder, Encoding encoding)
    {
        Employers = Open(folder, "employers.csv", encoding, "企业编号,企业名称,行政区划代码,行业代码,企业规模,设置安全生产管理机构,专职安全生产管理人员数,全员安全生产责任制,劳务派遣和灵活用工安全管理制度,应急预案,最近应急演练日期");
        Posts = Open(folder, "posts.csv", encoding, "企业编号,岗位编号,岗位名称,岗位性质,井下岗位,高危岗位,安全生产岗位,特种作业类别");
        Workers = Open(folder, "workers.csv", encoding, "企业编号,人员编号,身份证号码,用工形式,岗位编号,书面劳动合同签订日期,劳动合同期限类型,上岗日期,离岗日期,劳务派遣单位,派遣单位持有经营许可,安全管理角色");
        Trainings = Open(folder, "trainings.csv", encoding, "企业编号,人员编号,培训类别,培训日期,学时,考核合格");
        Certificates = Open(folder, "certificates.csv", encoding, "企业编号,人员编号,作业类别,证书编号,有效期起,有效期至,真实有效");
    }

    public StreamWriter Employers { get; }

    public StreamWriter Posts { get; }

    public StreamWriter Workers { get; }

    public StreamWriter Trainings { get; }

    public StreamWriter Certificates { get; }

    public void Dispose()
    {
        Employers.Dispose();
        Posts.Dispose();
        Workers.Dispose();
        Trainings.Dispose();
        Certificates.Dispose();
    }

    private static StreamWriter Open(string folder, string name, Encoding encoding, string header)
    {
        var writer = new StreamWriter(Path.Combine(folder, name), append: false, encoding, Buffer) { NewLine = "\n" };
        writer.Write(header);
        writer.Write('\n');
        return writer;
    }
}
