using System;
using System.Globalization;
using System.IO;
using System.Text;
using NodaTime;

namespace Compliance.Province;

/// <summary>
/// Writes a seeded, heavy-tailed province batch as CSV tables in the import format (docs/import-format.md): employers,
/// posts, workers, trainings and certificates, grouped by employer in the employers' order, Chinese headers, UTF-8.
/// The same seed and count give byte-identical files. Employers are written one at a time, so memory does not grow
/// with the province.
/// </summary>
/// <remarks>
/// Sizes follow the issue's province: most employers 5–20 workers, about 2% 21–300, and one in every 100,000 (at
/// index 50,000, 150,000, …) 10,000–40,000 — 600,000 employers give about 9 million worker rows. Every 50th employer
/// (E0000001, E0000051, …) and about one in twelve of the rest dispatch a quarter of their workers, beyond the 10% limit.
/// </remarks>
internal static class ProvinceGenerator
{
    /// <summary>The province's employer count, as the issue measures it.</summary>
    public const int DefaultEmployers = 600_000;

    /// <summary>The seed the documented figures were measured with.</summary>
    public const ulong DefaultSeed = 18;

    private static readonly LocalDate s_firstStart = new(2015, 1, 1);
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the batch into <paramref name="folder"/> (created if missing, its tables replaced).</summary>
    public static ProvinceSummary Generate(string folder, int employers = DefaultEmployers, ulong seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(employers);
        Directory.CreateDirectory(folder);
        var codes = ShanxiCodes.Load();
        var random = new SplitMix(seed);
        using var tables = new ProvinceTables(folder, s_utf8);
        long workerRows = 0;
        long trainingRows = 0;
        long certificateRows = 0;
        long postRows = 0;
        var posts = new PostPlan[6];
        for (var i = 0; i < employers; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"E{i:D7}");
            var size = i % 100_000 == 50_000 ? random.Between(10_000, 40_000)
                : random.PerMille(20) ? random.Between(21, 300)
                : random.Between(5, 20);
            var sector = (Sector)random.Next(3);
            var region = codes.Counties[random.Next(codes.Counties.Length)];
            var industry = sector switch
            {
                Sector.Mining => codes.Mining[random.Next(codes.Mining.Length)],
                Sector.Construction => codes.Construction[random.Next(codes.Construction.Length)],
                _ => codes.Manufacturing[random.Next(codes.Manufacturing.Length)],
            };
            var heavyDispatch = i % 50 == 1 || random.PerMille(80);
            var scale = size >= 1000 ? "大型" : size >= 300 ? "中型" : size >= 20 ? "小型" : "微型";
            // A lax employer (about one in seven) lets its records lapse: untrained workers, no written contracts,
            // certificates out of date, drills long ago. The rest keep them, with a rare slip.
            var lax = random.PerMille(150);
            var lapse = lax ? 100 : 2;
            var drill = lax && random.PerMille(500) ? new LocalDate(2022, 1, 1).PlusDays(random.Next(500)) : new LocalDate(2024, 1, 1).PlusDays(random.Next(170));
            tables.Employers.Write(string.Create(CultureInfo.InvariantCulture,
                $"{id},山西示例{Name(sector)}{i},{region},{industry},{scale},{YesNo(random.PerMille(800))},{random.Next(1 + (size / 50))},{YesNo(random.PerMille(900))},{YesNo(random.PerMille(850))},{YesNo(random.PerMille(900))},{(lax && random.PerMille(200) ? "无" : Iso(drill))}\n"));

            var postCount = Posts(sector, posts);
            postRows += postCount;
            for (var p = 0; p < postCount; p++)
            {
                var post = posts[p];
                tables.Posts.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{id},P{p + 1},{post.Name},{post.Nature},{YesNo(post.Underground)},{YesNo(post.HighRisk)},{YesNo(post.Safety)},{post.SpecialOperation ?? "无"}\n"));
            }

            for (var w = 0; w < size; w++)
            {
                // The safety officer first, then the main posts most, the auxiliary ones least.
                var postIndex = w == 0 ? SafetyPost(posts, postCount) : random.PerMille(700) ? random.Next(2) : random.Next(postCount);
                var post = posts[postIndex];
                var dispatched = post.Nature == "辅助性" ? random.PerMille(150) : heavyDispatch && w % 4 == 3;
                var start = s_firstStart.PlusDays(random.Next(3440));
                var left = random.PerMille(30) ? Iso(start.PlusDays(30 + random.Next(300))) : string.Empty;
                var contract = dispatched ? string.Empty : random.PerMille(lapse) ? "无" : Iso(start);
                tables.Workers.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{id},W{w:D5},{IdNumber(region, random)},{(dispatched ? "劳务派遣" : "劳动合同")},P{postIndex + 1},{contract},{(dispatched ? string.Empty : random.PerMille(300) ? "无固定期限" : "固定期限")},{Iso(start)},{left},{(dispatched ? "山西示例人力资源有限公司" : string.Empty)},{(dispatched ? YesNo(random.PerMille(950)) : string.Empty)},{(w == 0 ? "安全生产管理人员" : "一般从业人员")}\n"));
                workerRows++;

                // Some were never trained, some only after they started; the rest before.
                if (!random.PerMille(lapse))
                {
                    var trained = random.PerMille(lapse) ? start.PlusDays(10) : start.PlusDays(-3);
                    var hours = sector == Sector.Mining ? 72 : 24;
                    tables.Trainings.Write(string.Create(CultureInfo.InvariantCulture,
                        $"{id},W{w:D5},岗前安全培训,{Iso(trained)},{(random.PerMille(50) ? hours / 3 : hours)},{YesNo(random.PerMille(980))}\n"));
                    trainingRows++;
                }

                // Special operations need a certificate, renewed every six years: most hold a valid one, a lax
                // employer's workers sometimes an expired one or none.
                if (post.SpecialOperation is { } operation && !random.PerMille(lapse))
                {
                    var from = new LocalDate(2018, 7, 1).PlusDays(random.Next(2000));
                    var until = random.PerMille(lapse) ? new LocalDate(2024, 1, 1).PlusDays(random.Next(170)) : from.PlusYears(6);
                    tables.Certificates.Write(string.Create(CultureInfo.InvariantCulture,
                        $"{id},W{w:D5},{operation},T{region}{i:D7}{w:D5},{Iso(from)},{Iso(until)},是\n"));
                    certificateRows++;
                }
            }
        }

        return new ProvinceSummary(employers, workerRows, employers + workerRows + trainingRows + certificateRows + postRows);
    }

    private static int SafetyPost(PostPlan[] posts, int count)
    {
        for (var p = 0; p < count; p++)
        {
            if (posts[p].Safety)
            {
                return p;
            }
        }

        return 0;
    }

    private static int Posts(Sector sector, PostPlan[] posts)
    {
        switch (sector)
        {
            case Sector.Mining:
                posts[0] = new PostPlan("采煤工", "主营", Underground: true, HighRisk: true, Safety: false, null);
                posts[1] = new PostPlan("井下电钳工", "主营", Underground: true, HighRisk: true, Safety: false, "电工作业");
                posts[2] = new PostPlan("安全检查工", "主营", Underground: true, HighRisk: true, Safety: true, "煤矿安全检查作业");
                posts[3] = new PostPlan("地面运输", "辅助性", Underground: false, HighRisk: false, Safety: false, null);
                posts[4] = new PostPlan("保洁", "辅助性", Underground: false, HighRisk: false, Safety: false, null);
                return 5;
            case Sector.Construction:
                posts[0] = new PostPlan("砌筑工", "主营", Underground: false, HighRisk: true, Safety: false, null);
                posts[1] = new PostPlan("架子工", "主营", Underground: false, HighRisk: true, Safety: false, "高处作业");
                posts[2] = new PostPlan("安全员", "主营", Underground: false, HighRisk: false, Safety: true, null);
                posts[3] = new PostPlan("材料搬运", "辅助性", Underground: false, HighRisk: false, Safety: false, null);
                return 4;
            default:
                posts[0] = new PostPlan("装配工", "主营", Underground: false, HighRisk: false, Safety: false, null);
                posts[1] = new PostPlan("焊工", "主营", Underground: false, HighRisk: true, Safety: false, "焊接与热切割作业");
                posts[2] = new PostPlan("安全员", "主营", Underground: false, HighRisk: false, Safety: true, null);
                posts[3] = new PostPlan("仓储搬运", "辅助性", Underground: false, HighRisk: false, Safety: false, null);
                posts[4] = new PostPlan("食堂", "辅助性", Underground: false, HighRisk: false, Safety: false, null);
                return 5;
        }
    }

    private static string Name(Sector sector) => sector switch
    {
        Sector.Mining => "煤业有限公司",
        Sector.Construction => "建筑工程有限公司",
        _ => "制造有限公司",
    };

    /// <summary>A valid resident ID number (GB 11643 check digit) issued in the employer's county, born 1965–2003.</summary>
    private static string IdNumber(string region, SplitMix random)
    {
        var born = new LocalDate(1965, 1, 1).PlusDays(random.Next(14_000));
        Span<char> digits = stackalloc char[18];
        string.Create(CultureInfo.InvariantCulture, $"{region}{born.Year:D4}{born.Month:D2}{born.Day:D2}{random.Next(1000):D3}").AsSpan().CopyTo(digits);
        ReadOnlySpan<int> weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var k = 0; k < 17; k++)
        {
            sum += (digits[k] - '0') * weights[k];
        }

        digits[17] = "10X98765432"[sum % 11];
        return new string(digits);
    }

    private static string YesNo(bool value) => value ? "是" : "否";

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
