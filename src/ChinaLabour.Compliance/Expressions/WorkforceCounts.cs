namespace ChinaLabour.Compliance.Expressions;

/// <summary>Headcounts by employment form, as the roster counts them or the headcount totals give them; null is not given.</summary>
internal readonly record struct WorkforceCounts(
    int? LaborContract, int? Dispatched, int? Outsourced, int? Flexible, int? PartTime, int? OutsourcedDirected);
