using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace Compliance.Expressions;

/// <summary>The facts a rule may name under <c>needs</c>, each the name of a value its expressions can read.</summary>
internal static class FactRoots
{
    /// <summary>Always available, never listed under <c>needs</c>.</summary>
    public const string AsOf = "asOf";

    public const string Enterprise = "enterprise";
    public const string Workers = "workers";
    public const string Posts = "posts";
    public const string Workforce = "workforce";
    public const string Management = "management";
    public const string Insurance = "insurance";
    public const string Mines = "mines";
    public const string TailingsPonds = "tailingsPonds";
    public const string HiddenDangers = "hiddenDangers";
    public const string Accidents = "accidents";
    public const string Principals = "principals";
    public const string WorkingHourSchedules = "workingHourSchedules";
    public const string Vehicles = "vehicles";
    public const string Premises = "premises";

    public static ImmutableSortedDictionary<string, Type> Types { get; } = new Dictionary<string, Type>
    {
        [Enterprise] = typeof(EnterpriseFact),
        [Workers] = typeof(FactSet<WorkerFact>),
        [Posts] = typeof(FactSet<PostFact>),
        [Workforce] = typeof(WorkforceFact),
        [Management] = typeof(ManagementFact),
        [Insurance] = typeof(FactSet<InsuranceFact>),
        [Mines] = typeof(FactSet<MineFact>),
        [TailingsPonds] = typeof(FactSet<TailingsPondFact>),
        [HiddenDangers] = typeof(FactSet<HiddenDangerFact>),
        [Accidents] = typeof(FactSet<AccidentFact>),
        [Principals] = typeof(FactSet<PrincipalFact>),
        [WorkingHourSchedules] = typeof(FactSet<WorkingHourScheduleFact>),
        [Vehicles] = typeof(FactSet<VehicleFact>),
        [Premises] = typeof(FactSet<PremisesFact>),
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    public static Type AsOfType => typeof(LocalDate);
}
