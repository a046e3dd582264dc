using System.Collections.Generic;
using System.Globalization;
using ChinaLabour.Compliance.Text;
using NodaTime;

namespace ChinaLabour.Compliance.Validation;

/// <summary>
/// Every text the identifier validators and the snapshot checks write, in both languages. None takes a resident
/// ID number: callers mask identifiers that may be one before they pass them.
/// </summary>
internal static class ValidationMessages
{
    public static BilingualText NoCreditCode { get; } = new("未提供统一社会信用代码", "no code given");

    public static BilingualText NoIdNumber { get; } = new("未提供身份证号码", "no number given");

    public static BilingualText NotARealBirthDate { get; } = new(
        "第 7 至 14 位不是真实存在的出生日期（年月日）",
        "characters 7 to 14 are not a real birth date (yyyyMMdd)");

    public static BilingualText IdCheckMismatch { get; } = new(
        "校验码错误：第 18 位与前 17 位计算出的校验码不符",
        "wrong check character: character 18 does not match the one computed from the first 17");

    public static BilingualText WrongLength(int length, int expected) => new(
        string.Create(CultureInfo.InvariantCulture, $"长度错误：{length} 位（应为 {expected} 位）"),
        string.Create(CultureInfo.InvariantCulture, $"wrong length: {length} characters ({expected} expected)"));

    public static BilingualText OutsideCodeSet(char character, int position) => new(
        string.Create(CultureInfo.InvariantCulture, $"第 {position} 位字符“{Show(character)}”不在 GB 32100-2015 代码字符集内（阿拉伯数字及除 I、O、Z、S、V 以外的大写英文字母）"),
        string.Create(CultureInfo.InvariantCulture, $"character {position}, '{Show(character)}', is outside the GB 32100-2015 code set (digits and uppercase letters except I, O, Z, S, V)"));

    public static BilingualText WrongCheckCharacter(char expected, char found) => new(
        $"校验码错误：应为 {expected}，实为 {found}",
        $"wrong check character — expected {expected}, found {found}");

    public static BilingualText NotADigit(int position) => new(
        string.Create(CultureInfo.InvariantCulture, $"第 {position} 位不是数字"),
        string.Create(CultureInfo.InvariantCulture, $"character {position} is not a digit"));

    public static BilingualText NotADigitOrX(int position) => new(
        string.Create(CultureInfo.InvariantCulture, $"第 {position} 位既不是数字也不是大写 X"),
        string.Create(CultureInfo.InvariantCulture, $"character {position} is neither a digit nor an uppercase X"));

    public static Notice InvalidCreditCode(string shownCode, BilingualText reason) => new(
        "invalid-credit-code",
        new BilingualText(
            $"企业统一社会信用代码 {shownCode} 无效：{reason.Zh}；请与营业执照核对",
            $"the enterprise's credit code {shownCode} is not valid: {reason.En}; check it against the business licence"));

    public static Notice InvalidIdNumber(string shownWorkerId, string maskedNumber, BilingualText reason) => new(
        "invalid-id-number",
        new BilingualText(
            $"人员 {shownWorkerId} 的身份证号码 {maskedNumber} 无效：{reason.Zh}；请与身份证核对",
            $"worker {shownWorkerId}'s resident ID number {maskedNumber} is not valid: {reason.En}; check it against the identity card"));

    public static Notice UnknownRegion(string code, int firstYear, string asOf) => new(
        "unknown-region-code",
        new BilingualText(
            $"行政区划代码 {code} 不在本版本所带的 GB/T 2260 代码表（民政部 {firstYear} 年至 {asOf} 的历年代码，含已停用的）中；请核对",
            $"region code {code} is not in the GB/T 2260 table this version carries (every code of the Ministry's lists from {firstYear} to {asOf}, retired ones included); check it"));

    public static Notice RetiredRegion(string code, string name, int retired, IReadOnlyList<string> successors) => new(
        "retired-region-code",
        new BilingualText(
            $"行政区划代码 {code}（{name}）已于 {retired} 年停用{(successors.Count == 0 ? string.Empty : $"，由 {string.Join("、", successors)} 承继")}；企业现所在地通常应使用现行代码",
            $"region code {code} ({name}) was retired in {retired}{(successors.Count == 0 ? string.Empty : $", succeeded by {string.Join(", ", successors)}")}; an employer's current seat usually has a current code"));

    public static Notice UnknownIndustry(string code) => new(
        "unknown-industry-code",
        new BilingualText(
            $"行业代码 {code} 不是 GB/T 4754-2017 中的门类、大类、中类或小类代码；请核对",
            $"industry code {code} is no section, division, group or class of GB/T 4754-2017; check it"));

    public static Notice DuplicatePost(string shownId, int count) => new(
        "duplicate-post",
        new BilingualText(
            string.Create(CultureInfo.InvariantCulture, $"岗位编号 {shownId} 出现 {count} 次；采用第一条，请为每个岗位使用不同编号"),
            string.Create(CultureInfo.InvariantCulture, $"post id {shownId} appears {count} times; the first was used — give each post its own id")));

    public static Notice DuplicateWorker(string shownId, int count) => new(
        "duplicate-worker",
        new BilingualText(
            string.Create(CultureInfo.InvariantCulture, $"人员编号 {shownId} 出现 {count} 次；每条记录均按一名人员计算，请为每名人员使用不同编号"),
            string.Create(CultureInfo.InvariantCulture, $"worker id {shownId} appears {count} times; each entry was counted as a worker — give each worker its own id")));

    public static Notice UnknownPost(string postId, IReadOnlyList<string> shownWorkerIds, int workerCount) => new(
        "unknown-post",
        new BilingualText(
            string.Create(CultureInfo.InvariantCulture, $"岗位 {postId} 不在岗位清单中，却有 {workerCount} 名人员（{List(shownWorkerIds, workerCount, "、")}）在此岗位；请补充该岗位或更正人员的 postId"),
            string.Create(CultureInfo.InvariantCulture, $"post {postId}, held by {workerCount} worker(s) ({List(shownWorkerIds, workerCount, ", ")}), is not among the posts; add it or correct the workers' postId")));

    public static Notice EndBeforeStart(string shownWorkerId, LocalDate start, LocalDate end) => new(
        "end-before-start",
        new BilingualText(
            $"人员 {shownWorkerId} 的离岗日期 {ValueFormatter.Format(end)} 早于上岗日期 {ValueFormatter.Format(start)}，任何日期均不计入；请更正日期",
            $"worker {shownWorkerId} ends on {ValueFormatter.Format(end)}, before starting on {ValueFormatter.Format(start)}, so counts on no date; correct the dates"));

    public static Notice Negative(string path, object value) => new(
        "negative-value",
        new BilingualText(
            $"{path} 为 {ValueFormatter.Format(value)}，不能为负数；请更正",
            $"{path} is {ValueFormatter.Format(value)}, which cannot be negative; correct it"));

    private static string List(IReadOnlyList<string> shown, int count, string separator) =>
        string.Join(separator, shown) + (count > shown.Count ? separator + "…" : string.Empty);

    /// <summary>A character as it can be read in a message: white space and control characters by code point.</summary>
    private static string Show(char character) =>
        char.IsWhiteSpace(character) || char.IsControl(character) || char.IsSurrogate(character)
            ? string.Create(CultureInfo.InvariantCulture, $"U+{(int)character:X4}")
            : new string(character, 1);
}
