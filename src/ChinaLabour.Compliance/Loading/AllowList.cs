using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using ChinaLabour.Compliance.Expressions;
using ChinaLabour.Compliance.Snapshots;
using NodaTime;

namespace ChinaLabour.Compliance.Loading;

/// <summary>
/// The types and members a rule expression may reach. Anything not named here is refused at load,
/// whatever route the expression takes to it.
/// </summary>
internal static class AllowList
{
    // The views of the snapshot records (generated from them) and the derived workforce.
    private static readonly ImmutableHashSet<Type> s_factTypes = [.. FactRoots.Views, typeof(WorkforceFact)];

    // Every enumeration a snapshot field holds.
    private static readonly ImmutableHashSet<Type> s_enums = [.. SnapshotModel.Enums];

    private static readonly ImmutableHashSet<Type> s_valueTypes =
    [
        // No char: a text is not a sequence rules may walk, for such a walk would escape the step budget.
        typeof(bool), typeof(int), typeof(long), typeof(decimal), typeof(double), typeof(string),
        typeof(LocalDate), typeof(YearMonth),
    ];

    /// <summary>The LINQ methods expressions may call.</summary>
    public static ImmutableHashSet<string> LinqMethods => s_linq;

    /// <summary>The text methods expressions may call.</summary>
    public static ImmutableHashSet<string> StringMethods => s_stringMethods;

    /// <summary>The date methods expressions may call.</summary>
    public static ImmutableHashSet<string> DateMethods => s_dateMethods;

    /// <summary>The date members expressions may read.</summary>
    public static ImmutableHashSet<string> DateMembers => s_dateMembers;

    private static readonly ImmutableHashSet<string> s_linq =
    [
        "Where", "Select", "SelectMany", "Any", "All", "Count", "Sum", "Min", "Max", "Average", "Distinct",
        "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "First", "FirstOrDefault", "Last",
        "LastOrDefault", "Contains", "Take", "Skip", "Concat", "Except", "Intersect", "Union",
    ];

    // No Concat: texts are compared and chosen, never built up, so no rule can grow one without limit.
    private static readonly ImmutableHashSet<string> s_stringMethods = ["StartsWith", "EndsWith", "Contains", "IsNullOrEmpty"];

    private static readonly ImmutableHashSet<string> s_dateMethods = ["PlusDays", "PlusWeeks", "PlusMonths", "PlusYears", "CompareTo"];

    private static readonly ImmutableHashSet<string> s_dateMembers = ["Year", "Month", "Day"];

    /// <summary>The types handed to RulesEngine, so that expressions can name them (<c>Fn</c>, enums, dates).</summary>
    public static Type[] CustomTypes { get; } =
    [
        .. s_factTypes, .. s_factTypes.Select(t => typeof(FactSet<>).MakeGenericType(t)),
        typeof(Fn), typeof(LocalDate), typeof(YearMonth), .. s_enums,
    ];

    public static bool IsAllowedType(Type type)
    {
        if (s_valueTypes.Contains(type) || s_factTypes.Contains(type) || s_enums.Contains(type))
        {
            return true;
        }

        if (!type.IsGenericType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        var arguments = type.GetGenericArguments();
        var container = definition == typeof(Nullable<>)
            || definition == typeof(FactSet<>)
            || definition == typeof(IEnumerable<>)
            || definition == typeof(IOrderedEnumerable<>)
            || definition.FullName?.StartsWith("System.Func`", StringComparison.Ordinal) == true;
        return container && arguments.All(IsAllowedType);
    }

    public static bool IsAllowedMethod(MethodInfo method)
    {
        var owner = method.DeclaringType;
        if (owner is null)
        {
            return false;
        }

        if (method.IsSpecialName && method.Name.StartsWith("op_", StringComparison.Ordinal))
        {
            return IsAllowedType(owner);
        }

        if (owner == typeof(Enumerable))
        {
            return s_linq.Contains(method.Name);
        }

        if (owner == typeof(Fn) || (s_factTypes.Contains(owner) && !method.IsStatic))
        {
            return true;
        }

        if (owner == typeof(string))
        {
            return s_stringMethods.Contains(method.Name) && method.GetParameters().All(p => p.ParameterType == typeof(string));
        }

        return (owner == typeof(LocalDate) && s_dateMethods.Contains(method.Name))
            || (owner == typeof(YearMonth) && method.Name is "CompareTo" or "OnDayOfMonth");
    }

    public static bool IsAllowedMember(MemberInfo member)
    {
        if (member is not PropertyInfo property || property.GetMethod is not { IsPublic: true, IsStatic: false })
        {
            return false;
        }

        var owner = member.DeclaringType;
        if (owner is null)
        {
            return false;
        }

        if (s_factTypes.Contains(owner))
        {
            return true;
        }

        if (owner.IsGenericType && owner.GetGenericTypeDefinition() == typeof(FactSet<>))
        {
            return member.Name == nameof(FactSet<WorkerFact>.Count);
        }

        if (owner.IsGenericType && owner.GetGenericTypeDefinition() == typeof(Nullable<>))
        {
            return member.Name is "HasValue" or "Value";
        }

        return (owner == typeof(string) && member.Name == nameof(string.Length))
            || (owner == typeof(LocalDate) && s_dateMembers.Contains(member.Name))
            || (owner == typeof(YearMonth) && member.Name is "Year" or "Month");
    }
}
