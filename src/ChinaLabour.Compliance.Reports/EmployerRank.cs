using System;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// Where an employer stands in a batch's lists, worst first: most critical violations, then most major, then most
/// violations in all, then most rules left undecided; ties by id, then by input order, so that every run lists the
/// same employers in the same order.
/// </summary>
internal readonly record struct EmployerRank(int Critical, int Major, int Violations, int Undecided, string Id, long Sequence) : IComparable<EmployerRank>
{
    public int CompareTo(EmployerRank other)
    {
        var order = other.Critical.CompareTo(Critical);
        order = order != 0 ? order : other.Major.CompareTo(Major);
        order = order != 0 ? order : other.Violations.CompareTo(Violations);
        order = order != 0 ? order : other.Undecided.CompareTo(Undecided);
        order = order != 0 ? order : string.CompareOrdinal(Id, other.Id);
        return order != 0 ? order : Sequence.CompareTo(other.Sequence);
    }
}
