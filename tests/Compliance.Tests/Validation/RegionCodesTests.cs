using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using ChinaLabour.Compliance.Validation;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace Compliance.Tests.Validation;

public sealed class RegionCodesTests
{
    private readonly ITestOutputHelper _output;

    public RegionCodesTests(ITestOutputHelper output) => _output = output;

    private static RegionCodes Table => RegionCodes.Default;

    [Fact]
    public void County_gives_prefecture_and_county_in_words_and_the_whole_path_as_full_name()
    {
        Table.TryGet("140602", out var region).Should().BeTrue();
        region!.Code.Should().Be("140602");
        region.Name.Should().Be("朔城区");
        region.Level.Should().Be(RegionLevel.County);
        region.ParentCode.Should().Be("140600");
        region.IsCurrent.Should().BeTrue();
        region.NameInWords.Should().Be("朔州市朔城区");
        region.FullName.Should().Be("山西省朔州市朔城区");

        // 朔州市 and its 朔城区 were set up in 1988; the code has had one name since.
        region.Since.Should().Be(1988);
        region.Until.Should().BeNull();
        region.Successors.Should().BeEmpty();
        region.Periods.Should().ContainSingle().Which.Should().BeEquivalentTo(new RegionPeriod(
            Name: "朔城区",
            ParentCode: "140600",
            Since: 1988,
            Until: null,
            Successors: [],
            NameInWords: "朔州市朔城区",
            FullName: "山西省朔州市朔城区"));
    }

    [Fact]
    public void Prefecture_and_province()
    {
        Table.TryGet("140600", out var prefecture).Should().BeTrue();
        prefecture!.Name.Should().Be("朔州市");
        prefecture.Level.Should().Be(RegionLevel.Prefecture);
        prefecture.ParentCode.Should().Be("140000");
        prefecture.NameInWords.Should().Be("山西省朔州市");
        prefecture.FullName.Should().Be("山西省朔州市");

        Table.TryGet("140000", out var province).Should().BeTrue();
        province!.Level.Should().Be(RegionLevel.Province);
        province.ParentCode.Should().BeNull();
        province.NameInWords.Should().Be("山西省");
        province.FullName.Should().Be("山西省");
    }

    [Theory]
    [InlineData("110101", "东城区", "110000", "北京市东城区")]
    [InlineData("120116", "滨海新区", "120000", "天津市滨海新区")]
    [InlineData("310115", "浦东新区", "310000", "上海市浦东新区")]
    [InlineData("500101", "万州区", "500000", "重庆市万州区")]
    [InlineData("429004", "仙桃市", "420000", "湖北省仙桃市")]
    [InlineData("419001", "济源市", "410000", "河南省济源市")]
    public void Districts_of_municipalities_and_county_level_units_under_a_province_hang_off_the_province(
        string code, string name, string parent, string inWords)
    {
        Table.TryGet(code, out var region).Should().BeTrue();
        region!.Name.Should().Be(name);
        region.Level.Should().Be(RegionLevel.County);
        region.ParentCode.Should().Be(parent);
        region.NameInWords.Should().Be(inWords);
        region.FullName.Should().Be(inWords);
    }

    [Fact]
    public void Retired_codes_are_found_and_flagged()
    {
        // 怀仁县 became the county-level city 怀仁市 (140681) in 2018: the list of 2017 is the last with 140624.
        Table.TryGet("140624", out var huairen).Should().BeTrue();
        huairen!.IsCurrent.Should().BeFalse();
        huairen.Name.Should().Be("怀仁县");
        huairen.NameInWords.Should().Be("朔州市怀仁县");
        huairen.Until.Should().Be(2018);
        huairen.Successors.Should().Equal(new RegionSuccessor("140681", 2018));
        Table.TryGet("140681", out var huairenCity).Should().BeTrue();
        huairenCity!.IsCurrent.Should().BeTrue();

        // 崇文区 merged into 东城区 in 2010.
        Table.TryGet("110103", out var chongwen).Should().BeTrue();
        chongwen!.IsCurrent.Should().BeFalse();
        chongwen.FullName.Should().Be("北京市崇文区");
        chongwen.Until.Should().Be(2010);
        chongwen.Successors.Should().Equal(new RegionSuccessor("110101", 2010));

        // 140621 山阴县 is not retired.
        Table.TryGet("140621", out var shanyin).Should().BeTrue();
        shanyin!.IsCurrent.Should().BeTrue();
    }

    [Fact]
    public void A_code_retired_before_2002_is_known_with_the_names_it_had_then()
    {
        // 忻州市 (county-level) of 忻州地区, 1983-2000: in 2000 the prefecture became the city 忻州市 (140900) and
        // the county-level city its district 忻府区 (140902). An ID number issued there in the 1990s begins 142201.
        Table.TryGet("142201", out var xinzhou).Should().BeTrue();
        xinzhou!.IsCurrent.Should().BeFalse();
        xinzhou.Level.Should().Be(RegionLevel.County);
        xinzhou.ParentCode.Should().Be("142200");
        xinzhou.Since.Should().Be(1983);
        xinzhou.Until.Should().Be(2000);
        xinzhou.NameInWords.Should().Be("忻州地区忻州市");
        xinzhou.FullName.Should().Be("山西省忻州地区忻州市");
        xinzhou.Successors.Should().Equal(new RegionSuccessor("140902", 2000));
        xinzhou.ToString().Should().Be("142201 山西省忻州地区忻州市 (until 2000)");

        // Its prefecture was 忻县地区 until 1983: one code, two periods.
        Table.TryGet("142200", out var prefecture).Should().BeTrue();
        prefecture!.Periods.Select(p => (p.Name, p.Since, p.Until)).Should().Equal(("忻县地区", 1981, (int?)1983), ("忻州地区", 1983, (int?)2000));
        prefecture.PeriodIn(1982)!.FullName.Should().Be("山西省忻县地区");
        prefecture.PeriodIn(2000).Should().BeNull();

        // 燕山区 (北京), 1981-1986, became 房山区 (110111).
        Table.TryGet("110110", out var yanshan).Should().BeTrue();
        yanshan!.Periods.Should().ContainSingle().Which.Should().BeEquivalentTo(new RegionPeriod(
            "燕山区", "110000", 1981, 1986, [new RegionSuccessor("110111", 1986)], "北京市燕山区", "北京市燕山区"));
    }

    [Fact]
    public void A_reused_code_keeps_each_holder_in_its_own_period()
    {
        // 511402 was 枳城区 of 涪陵市 (四川) from 1995 until 涪陵 went to 重庆 in 1997 (now 500102), and 眉山市东坡区
        // since 2000; the lists of 1997-1999 do not carry it.
        Table.TryGet("511402", out var region).Should().BeTrue();
        region!.IsCurrent.Should().BeTrue();
        region.FullName.Should().Be("四川省眉山市东坡区");
        region.Since.Should().Be(1995);
        region.Periods.Should().HaveCount(2);
        region.Periods[0].Should().BeEquivalentTo(new RegionPeriod(
            "枳城区", "511400", 1995, 1997, [new RegionSuccessor("500102", 1997)], "涪陵市枳城区", "四川省涪陵市枳城区"));
        region.Periods[1].Name.Should().Be("东坡区");
        region.Periods[1].Since.Should().Be(2000);
        region.PeriodIn(1996)!.Name.Should().Be("枳城区");
        region.PeriodIn(1998).Should().BeNull();
        region.PeriodIn(2024)!.Name.Should().Be("东坡区");
        region.PeriodIn(1990).Should().BeNull();

        // A rename keeps the code: 130503 桥西区 became 信都区 in 2020, and the source names the code its own successor.
        Table.TryGet("130503", out var xindu).Should().BeTrue();
        xindu!.Periods.Select(p => p.Name).Should().Equal("桥西区", "信都区");
        xindu.Periods[0].Successors.Should().Equal(new RegionSuccessor("130503", 2020));

        // Part of an area can go elsewhere while the code goes on: 栾城县 gave part to 裕华区 in 2001 and became
        // 栾城区 (130111) in 2014.
        Table.TryGet("130124", out var luancheng).Should().BeTrue();
        luancheng!.Successors.Should().Equal(new RegionSuccessor("130108", 2001), new RegionSuccessor("130111", 2014));
    }

    [Theory]
    [InlineData("330113", "临平区", 2021)] // 杭州: 余杭区 split, 2021
    [InlineData("320613", "崇川区", 2020)] // 南通, 2020-12
    [InlineData("410307", "偃师区", 2021)]
    [InlineData("540481", "米林市", 2023)]
    [InlineData("653228", "和康县", 2024)]
    [InlineData("340212", "繁昌区", 2020)]
    public void Codes_created_after_November_2020_are_current(string code, string name, int since)
    {
        Table.TryGet(code, out var region).Should().BeTrue();
        region!.IsCurrent.Should().BeTrue();
        region.Name.Should().Be(name);
        region.Since.Should().Be(since);
    }

    [Fact]
    public void Codes_retired_after_November_2020_are_retired()
    {
        Table.TryGet("330103", out var xiacheng).Should().BeTrue();
        xiacheng!.IsCurrent.Should().BeFalse();
        xiacheng.Until.Should().Be(2021);
        xiacheng.Successors.Should().Equal(new RegionSuccessor("330105", 2021));

        Table.TryGet("540422", out var milin).Should().BeTrue();
        milin!.Until.Should().Be(2023);
        milin.Successors.Should().Equal(new RegionSuccessor("540481", 2023));
    }

    [Theory]
    [InlineData("14", "140000", "山西省", true)]
    [InlineData("11", "110000", "北京市", true)]
    [InlineData("82", "820000", "澳门特别行政区", true)]
    [InlineData("1406", "140600", "朔州市", true)]
    [InlineData("1101", null, null, false)] // 北京's districts hang off the province: no prefecture 110100
    [InlineData("4290", null, null, false)] // 湖北's county-level units under the province: no prefecture 429000
    [InlineData("1422", "142200", "忻州地区", false)] // retired in 2000
    public void Province_and_prefecture_prefixes_resolve(string prefix, string? code, string? name, bool current)
    {
        var found = Table.TryGetPrefix(prefix, out var region);
        found.Should().Be(code is not null);
        if (code is not null)
        {
            region!.Code.Should().Be(code);
            region.Name.Should().Be(name);
            region.IsCurrent.Should().Be(current);
            region.Level.Should().Be(prefix.Length == 2 ? RegionLevel.Province : RegionLevel.Prefecture);
        }
    }

    [Theory]
    [InlineData("140602")] // a six-digit code is for TryGet
    [InlineData("1400")] // xx00 is no prefecture
    [InlineData("00")]
    [InlineData("99")]
    [InlineData("9999")]
    [InlineData("1")]
    [InlineData("140")]
    [InlineData("14060")]
    [InlineData("1a")]
    [InlineData(" 14")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_prefixes_are_not_found(string? prefix)
    {
        Table.TryGetPrefix(prefix, out var region).Should().BeFalse();
        region.Should().BeNull();
    }

    [Theory]
    [InlineData("110100")] // 市辖区 of a municipality: a summary line, not a region
    [InlineData("130101")] // 市辖区 of a prefecture
    [InlineData("110200")] // 县 of a municipality
    [InlineData("429000")] // 省直辖县级行政区划
    [InlineData("130171")] // 统计用区划代码: a development zone, never a GB/T 2260 code
    [InlineData("999999")]
    [InlineData("149999")]
    [InlineData("14")] // a prefix is for TryGetPrefix
    [InlineData("1406")]
    [InlineData("11010")]
    [InlineData("1101011")]
    [InlineData("11010a")]
    [InlineData(" 110101")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_malformed_and_summary_codes_are_not_found(string? code)
    {
        Table.TryGet(code, out var region).Should().BeFalse();
        region.Should().BeNull();
    }

    [Fact]
    public void Counts_by_level_and_status()
    {
        // The Ministry's list of 2024 (as of 2024-12-31, the table's latest) has 34 provincial, 333 prefecture-level
        // and 2,846 county-level units; 3,237 codes of the lists since 1981 are retired. 6,450 codes in 6,823
        // periods (build-gb2260.py prints these counts; README.md records them).
        Table.AsOf.Should().Be("2024-12-31");
        Table.AsOfYear.Should().Be(2024);
        Table.FirstYear.Should().Be(1981);
        var all = Table.All.ToList();
        all.Should().HaveCount(Table.Count).And.BeInAscendingOrder(r => r.Code, StringComparer.Ordinal);
        Count(all, RegionLevel.Province, current: true).Should().Be(34);
        Count(all, RegionLevel.Prefecture, current: true).Should().Be(333);
        Count(all, RegionLevel.County, current: true).Should().Be(2846);
        Count(all, RegionLevel.Province, current: false).Should().Be(0);
        Count(all, RegionLevel.Prefecture, current: false).Should().Be(191);
        Count(all, RegionLevel.County, current: false).Should().Be(3046);
        Table.Count.Should().Be(6450);
        all.Sum(r => r.Periods.Count).Should().Be(6823);
    }

    [Fact]
    public void Every_period_hangs_off_a_parent_period_that_spans_it_and_a_county_off_its_prefecture_when_there_is_one()
    {
        foreach (var region in Table.All)
        {
            region.Periods.Count(p => p.IsCurrent).Should().BeLessThanOrEqualTo(1, region.Code);
            foreach (var (period, next) in region.Periods.Zip(region.Periods.Skip(1)))
            {
                period.Until.Should().NotBeNull(region.Code).And.BeLessThanOrEqualTo(next.Since, region.Code);
            }

            if (region.Level == RegionLevel.Province)
            {
                region.Periods.Should().OnlyContain(p => p.ParentCode == null, region.Code);
                continue;
            }

            var prefecture = region.Code[..4] + "00";
            foreach (var period in region.Periods)
            {
                Table.TryGet(period.ParentCode, out var parent).Should().BeTrue(region.Code);
                var spanning = parent!.Periods.Where(p => p.Since <= period.Since && (p.Until is null || period.Until <= p.Until)).ToList();
                spanning.Should().ContainSingle(region.Code);
                period.NameInWords.Should().Be(spanning[0].Name + period.Name, region.Code);
                var prefectureInUse = region.Level == RegionLevel.County && prefecture != region.Code[..2] + "0000"
                    && Table.TryGet(prefecture, out var pref) && pref.PeriodIn(period.Since) is not null;
                parent.Code.Should().Be(prefectureInUse ? prefecture : region.Code[..2] + "0000", region.Code);
            }
        }
    }

    [Fact]
    public void Default_is_loaded_once_for_all_threads()
    {
        var seen = new RegionCodes[16];
        Parallel.For(0, seen.Length, i => seen[i] = RegionCodes.Default);
        seen.Should().OnlyContain(t => ReferenceEquals(t, RegionCodes.Default));
    }

    [Fact]
    public void The_embedded_table_is_the_one_whose_provenance_the_readme_records()
    {
        using var stream = typeof(RegionCodes).Assembly.GetManifestResourceStream(RegionCodes.ResourceName)!;
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));
        File.ReadAllText(Repository.Path("src", "ChinaLabour.Compliance", "Validation", "Tables", "README.md"))
            .Should().Contain($"| sha256 | `{sha256}` |", "Tables/README.md records the hash of the table build-gb2260.py produced");
    }

    [Fact]
    public void A_small_well_formed_table_is_read()
    {
        var table = RegionCodes.Load(new StringReader(
            Header
            + "140000\t山西省\tprovince\t\tcurrent\t1981\t\t\n"
            + "140900\t忻州市\tprefecture\t140000\tcurrent\t2000\t\t\n"
            + "140902\t忻府区\tcounty\t140900\tcurrent\t2000\t\t140903[2010]\n"
            + "140903\t新区\tcounty\t140900\tcurrent\t2010\t\t\n"
            + "142200\t忻县地区\tprefecture\t140000\tretired\t1981\t1983\t\n"
            + "142200\t忻州地区\tprefecture\t140000\tretired\t1983\t2000\t140900\n"
            + "142201\t忻县\tcounty\t142200\tretired\t1981\t1983\t142201\n"
            + "142201\t忻州市\tcounty\t142200\tretired\t1983\t2000\t140900[1990] 140902\n"));
        table.Count.Should().Be(6);
        table.AsOf.Should().Be("2010-12-31");
        table.FirstYear.Should().Be(1981);
        table.TryGet("142201", out var county).Should().BeTrue();
        county!.Periods.Select(p => p.FullName).Should().Equal("山西省忻县地区忻县", "山西省忻州地区忻州市");
        county.Successors.Should().Equal(new RegionSuccessor("140900", 1990), new RegionSuccessor("140902", 2000));
        table.TryGet("140902", out var xinfu).Should().BeTrue();
        xinfu!.Successors.Should().Equal(new RegionSuccessor("140903", 2010));
        table.TryGetPrefix("1422", out var prefecture).Should().BeTrue();
        prefecture!.NameInWords.Should().Be("山西省忻州地区");
    }

    private const string Header = "code\tname\tlevel\tparent\tstatus\tsince\tuntil\tsuccessors\n";
    private const string Shanxi = "140000\t山西省\tprovince\t\tcurrent\t1981\t\t\n";

    [Theory]
    [InlineData("code\tname\tlevel\tparent\tstatus\tfirst\tlast\n140602\t朔城区\tcounty\t140600\tcurrent\t200212\t202011\n", "Expected the header*")]
    [InlineData(Header, "*no rows*")]
    [InlineData(Header + Shanxi + "140600\t朔州市\tprefecture\t140000\tcurrent\t1988\t\n", "Line 3: expected 8 cells, found 7.")]
    [InlineData(Header + "14000\t山西省\tprovince\t\tcurrent\t1981\t\t\n", "Line 2 (14000): the code is not six digits.")]
    [InlineData(Header + "140000\t\tprovince\t\tcurrent\t1981\t\t\n", "Line 2 (140000): the name is empty.")]
    [InlineData(Header + "140000\t山西省\tprefecture\t\tcurrent\t1981\t\t\n", "Line 2 (140000): level 'prefecture' does not fit the code.")]
    [InlineData(Header + "140000\t山西省\tstate\t\tcurrent\t1981\t\t\n", "Line 2 (140000): unknown level 'state'.")]
    [InlineData(Header + "140000\t山西省\tprovince\t\tgone\t1981\t\t\n", "Line 2 (140000): unknown status 'gone'.")]
    [InlineData(Header + "140000\t山西省\tprovince\t\tcurrent\t1981\t2000\t\n", "Line 2 (140000): a current period has no until.")]
    [InlineData(Header + "140000\t山西省\tprovince\t\tretired\t1981\t\t\n", "Line 2 (140000): a retired period needs an until.")]
    [InlineData(Header + "140000\t山西省\tprovince\t\tretired\t1990\t1981\t\n", "Line 2 (140000): until 1981 is not after since 1990.")]
    [InlineData(Header + "140000\t山西省\tprovince\t\tcurrent\t81\t\t\n", "Line 2 (140000): since '81' is not a year.")]
    [InlineData(Header + "140000\t山西省\tprovince\t130000\tcurrent\t1981\t\t\n", "Line 2 (140000): bad parent '130000'.")]
    [InlineData(Header + Shanxi + "140602\t朔城区\tcounty\t130000\tcurrent\t1988\t\t\n", "Line 3 (140602): bad parent '130000'.")]
    [InlineData(Header + Shanxi + "140602\t朔城区\tcounty\t\tcurrent\t1988\t\t\n", "Line 3 (140602): bad parent ''.")]
    [InlineData(Header + Shanxi + "140602\t朔城区\tcounty\t140600\tcurrent\t1988\t\t\n", "Line 3 (140602): parent 140600 has no period that spans 1988-.")]
    [InlineData(Header + Shanxi + "140600\t朔州市\tprefecture\t140000\tcurrent\t1988\t\t\n140602\t朔城区\tcounty\t140600\tcurrent\t1985\t\t\n", "Line 4 (140602): parent 140600 has no period that spans 1985-.")]
    [InlineData(Header + Shanxi + "130000\t河北省\tprovince\t\tcurrent\t1981\t\t\n", "Line 3 (130000): out of order, or overlapping the period on line 2*")]
    [InlineData(Header + "140000\t山西省\tprovince\t\tretired\t1981\t1990\t\n140000\t山西省\tprovince\t\tcurrent\t1985\t\t\n", "Line 3 (140000): out of order, or overlapping*")]
    [InlineData(Header + Shanxi + Shanxi, "Line 3 (140000): out of order, or overlapping*")]
    [InlineData(Header + Shanxi + "140602\t朔城区\tcounty\t140000\tretired\t1981\t1990\t149999\n", "Line 3 (140602): successor 149999 is not in the table.")]
    [InlineData(Header + Shanxi + "140602\t朔城区\tcounty\t140000\tcurrent\t1988\t\t140000\n", "Line 3 (140602): bad successor '140000'*")]
    [InlineData(Header + Shanxi + "140602\t朔城区\tcounty\t140000\tretired\t1981\t1990\t140000;140000\n", "Line 3 (140602): bad successor '140000;140000'*")]
    [InlineData(Header + Shanxi + "140602\t朔城区\tcounty\t140000\tretired\t1981\t1990\t140000[1990]\n", "Line 3 (140602): successor '140000[1990]': the year is not within the period.")]
    [InlineData(Header + Shanxi + "140602\t朔城区\tcounty\t140000\tcurrent\t1988\t\t140000[1988]\n", "Line 3 (140602): successor '140000[1988]': the year is not within the period.")]
    public void A_malformed_table_is_rejected_with_a_message_naming_the_row(string tsv, string message)
    {
        var load = () => RegionCodes.Load(new StringReader(tsv));
        load.Should().Throw<InvalidDataException>().WithMessage(message);
    }

    /// <summary>
    /// Compares the table with the reference lists (shared/reference/gb2260: the Ministry's list of 2024-12-31
    /// and the history of every code since 1981). Both come from the compilation the table is built from
    /// (yescallop/areacodes), so they must agree in full: every current code with its name, level and parent,
    /// every record of the history with its years and successors, and nothing more.
    /// </summary>
    [Fact]
    public void Matches_the_reference_lists()
    {
        var folder = ReferenceData.Locate();
        if (folder is null)
        {
            _output.WriteLine(ReferenceData.NotFound("GB/T 2260"));
            return;
        }

        var current = ReferenceData.ReadCsv(Path.Combine(folder, "gb2260", "mca_2024_current.csv"), "code,name,level,parent");
        var history = ReferenceData.ReadCsv(
            Path.Combine(folder, "gb2260", "areacodes_result_history.csv"),
            "代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码");

        var differences = new List<string>();
        foreach (var row in current)
        {
            var (code, name, level, parent) = (row[0], row[1], row[2], row[3]);
            if (!Table.TryGet(code, out var region))
            {
                differences.Add($"{code} {name}: current in the reference, not in the table");
            }
            else if (!region.IsCurrent || region.Name != name
                || !string.Equals(region.Level.ToString(), level, StringComparison.OrdinalIgnoreCase)
                || (region.ParentCode ?? string.Empty) != parent)
            {
                differences.Add($"{code} {name}: current in the reference as {level} under '{parent}'; the table has {region.Name}, {region.Level}, under '{region.ParentCode}', current={region.IsCurrent}");
            }
        }

        foreach (var row in history)
        {
            var (code, name, since, until) = (row[0], row[3], Year(row[6])!.Value, Year(row[7]));
            var successors = row[8].Length == 0 ? [] : row[8].Split(';').Select(s => Successor(s, until)).ToArray();
            if (!Table.TryGet(code, out var region))
            {
                differences.Add($"{code} {name}: in the history, not in the table");
            }
            else if (!region.Periods.Any(p => p.Name == name && p.Since == since && p.Until == until && p.Successors.SequenceEqual(successors)))
            {
                differences.Add($"{code} {name} {since}-{until} ({row[8]}): in the history, in no period of the table");
            }
        }

        var referenceCodes = history.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        differences.AddRange(Table.All.Where(r => !referenceCodes.Contains(r.Code)).Select(r => $"{r.Code} {r.Name}: not in the history"));

        _output.WriteLine($"reference: {folder}; {current.Count} current codes, {history.Count} records of {referenceCodes.Count} codes");
        differences.Should().BeEmpty();
        Table.All.Count(r => r.IsCurrent).Should().Be(current.Count);
        Table.All.Sum(r => r.Periods.Count).Should().Be(history.Count);
        Table.Count.Should().Be(referenceCodes.Count);
    }

    private static int? Year(string text) => text.Length == 0 ? null : int.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>The history's 新代码: a code, with [yyyy] when the change came before the record's end.</summary>
    private static RegionSuccessor Successor(string text, int? until) =>
        text.Length == 6 ? new RegionSuccessor(text, until!.Value) : new RegionSuccessor(text[..6], Year(text[7..11])!.Value);

    private static int Count(List<Region> all, RegionLevel level, bool current) =>
        all.Count(r => r.Level == level && r.IsCurrent == current);
}
