using System.Collections.Generic;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>
/// What one employer's records say, as an HR or ERP system sends them. Every member but the enterprise's
/// identity is optional: a fact that is absent makes the rules that need it <c>Indeterminate</c>, never
/// <c>Compliant</c>.
/// </summary>
/// <remarks>Treat instances as immutable; the checker copies what it reads and never changes them.</remarks>
[Names("企业", "用人单位", "单位")]
public sealed record EmployerSnapshot
{
    /// <summary>Who the employer is and where it operates.</summary>
    public required Enterprise Enterprise { get; init; }

    /// <summary>The employer's posts (岗位); <see langword="null"/> when not given.</summary>
    [Names("岗位")]
    public IReadOnlyList<Post>? Posts { get; init; }

    /// <summary>The worker roster; <see langword="null"/> when not given (see <see cref="Headcount"/>).</summary>
    [Names("人员", "从业人员", "职工", "员工")]
    public IReadOnlyList<Worker>? Workers { get; init; }

    /// <summary>Totals by employment form, for employers that give totals instead of a roster.</summary>
    [NotReadByRules]
    public Headcount? Headcount { get; init; }

    /// <summary>What the safety management records show.</summary>
    public Management? Management { get; init; }

    /// <summary>Safety production liability insurance policies.</summary>
    [Names("保险", "安全生产责任保险", "安责险")]
    public IReadOnlyList<Insurance>? Insurance { get; init; }

    /// <summary>Mines the employer operates.</summary>
    [Names("矿山", "矿井")]
    public IReadOnlyList<Mine>? Mines { get; init; }

    /// <summary>Tailings ponds the employer owns.</summary>
    [Names("尾矿库")]
    public IReadOnlyList<TailingsPond>? TailingsPonds { get; init; }

    /// <summary>Hidden dangers found, open and rectified.</summary>
    [Names("隐患", "事故隐患", "隐患台账")]
    public IReadOnlyList<HiddenDanger>? HiddenDangers { get; init; }

    /// <summary>Production safety accidents.</summary>
    [Names("事故", "生产安全事故")]
    public IReadOnlyList<Accident>? Accidents { get; init; }

    /// <summary>Principal persons in charge, present and past.</summary>
    [Names("负责人", "主要负责人")]
    public IReadOnlyList<Principal>? Principals { get; init; }

    /// <summary>Working-hour schedules the employer applies.</summary>
    [Names("工时制度", "特殊工时")]
    public IReadOnlyList<WorkingHourSchedule>? WorkingHourSchedules { get; init; }

    /// <summary>Road vehicles the employer operates.</summary>
    [Names("车辆", "营运车辆")]
    public IReadOnlyList<Vehicle>? Vehicles { get; init; }

    /// <summary>Places the employer operates in.</summary>
    [Names("场所", "经营场所")]
    public IReadOnlyList<Premises>? Premises { get; init; }
}
