using System.Collections.Generic;
using NodaTime;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>One person who works for the employer, in whatever employment form.</summary>
public sealed record Worker
{
    /// <summary>The caller's identifier for the worker.</summary>
    [Names("workerId", "人员编号", "工号")]
    public required string Id { get; init; }

    /// <summary>
    /// The resident identity card number (GB 11643-1999). Personal information: reports show <see cref="Id"/>
    /// only, and messages mask it (e.g. <c>140602********1234</c>).
    /// </summary>
    [Personal(PersonalKind.IdNumber)]
    [Names("身份证号码", "身份证号", "公民身份号码")]
    public string? IdNumber { get; init; }

    /// <summary>The worker's name. Personal information: never shown in reports or messages.</summary>
    [Personal(PersonalKind.Name)]
    [Names("姓名")]
    public string? Name { get; init; }

    /// <summary>How the worker is engaged.</summary>
    [Names("用工形式", "用工方式")]
    public EmploymentForm? Form { get; init; }

    /// <summary>The <see cref="Post.Id"/> of the post the worker holds.</summary>
    [Names("岗位编号", "所在岗位编号")]
    public string? PostId { get; init; }

    /// <summary>First day in the current post (<see cref="PostId"/>), when it differs from <see cref="Start"/>.</summary>
    [Names("本岗位起始日期", "调入本岗位日期", "本岗位上岗日期")]
    public LocalDate? PostSince { get; init; }

    /// <summary>
    /// The special operation (特种作业) the worker actually performs, as a category of the national catalogue (电工作业,
    /// 焊接与热切割作业, …); empty when none. It may differ from the post's.
    /// </summary>
    [EmptyMeansNone]
    [Names("从事特种作业类别", "实际从事特种作业")]
    public string? SpecialOperation { get; init; }

    /// <summary>When the written labour contract was signed; <c>none</c> when there is no written contract.</summary>
    [Names("书面劳动合同签订日期", "劳动合同签订日期", "合同签订日期")]
    public DateOrNone? ContractSigned { get; init; }

    /// <summary>The term of the labour contract.</summary>
    [Names("劳动合同期限类型", "合同期限类型")]
    public ContractTerm? ContractTerm { get; init; }

    /// <summary>Last day of a fixed-term labour contract; <c>none</c> for a contract without an end date.</summary>
    [Names("劳动合同终止日期", "合同到期日期")]
    public DateOrNone? ContractEnd { get; init; }

    /// <summary>Last day of the probation period; <c>none</c> when the contract sets no probation.</summary>
    [Names("试用期截止日期", "试用期满日期")]
    public DateOrNone? ProbationEnd { get; init; }

    /// <summary>First day of work for this employer.</summary>
    [Names("上岗日期", "入职日期", "用工开始日期")]
    public LocalDate? Start { get; init; }

    /// <summary>Last day of work; <see langword="null"/> while the worker stays.</summary>
    [AbsentMeansNone]
    [Names("离岗日期", "离职日期", "用工结束日期")]
    public LocalDate? End { get; init; }

    /// <summary>Trainings the worker attended; <see langword="null"/> when not given.</summary>
    [Names("培训", "安全培训", "培训记录")]
    public IReadOnlyList<Training>? Trainings { get; init; }

    /// <summary>The worker's role in safety management (principal, safety manager, other).</summary>
    [Names("安全管理角色", "角色")]
    public WorkerRole? Role { get; init; }

    /// <summary>The labour-dispatch agency, for dispatched workers.</summary>
    [Names("劳务派遣单位", "派遣单位")]
    public string? Agency { get; init; }

    /// <summary>Whether the labour-dispatch agency holds a dispatch licence (劳务派遣经营许可, 劳动合同法 第五十七条).</summary>
    [Names("派遣单位持有经营许可", "劳务派遣经营许可")]
    public bool? AgencyLicensed { get; init; }

    /// <summary>
    /// For outsourced workers: whether the employer itself directs their daily work in its own posts, which makes
    /// the outsourcing dispatch in disguise (假外包真派遣).
    /// </summary>
    [Names("由本单位管理指挥", "用工单位直接管理")]
    public bool? DirectedByEmployer { get; init; }

    /// <summary>
    /// The <see cref="WorkingHourSchedule.Id"/> of the working-hour schedule the worker works under; absent for a
    /// worker on standard hours at an employer that applies no special schedule.
    /// </summary>
    [Names("工时制度编号", "所适用工时制度")]
    public string? ScheduleId { get; init; }

    /// <summary>Special-operation certificates the worker holds; <see langword="null"/> when not given.</summary>
    [Names("证书", "特种作业证书", "操作证")]
    public IReadOnlyList<Certificate>? Certificates { get; init; }

    /// <summary>Overtime by month; <see langword="null"/> when not given.</summary>
    [Names("加班", "加班记录", "工时")]
    public IReadOnlyList<OvertimeMonth>? Overtime { get; init; }
}
