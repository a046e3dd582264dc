using System;
using ChinaLabour.Compliance.Snapshots;

namespace ChinaLabour.Compliance.Expressions;

/// <summary>A fact the snapshot declares for rules: its name under <c>needs</c>, the type expressions read, and its view.</summary>
/// <param name="Name">The name, e.g. <c>posts</c>.</param>
/// <param name="Type">The type expressions read, e.g. <c>FactSet&lt;PostFact&gt;</c>.</param>
/// <param name="View">Builds the view for one check; null when the snapshot does not give the fact.</param>
internal sealed record DeclaredFact(string Name, Type Type, Func<EmployerSnapshot, EvaluationContext, object?> View);
