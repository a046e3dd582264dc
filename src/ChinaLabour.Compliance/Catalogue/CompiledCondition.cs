using System;
using ChinaLabour.Compliance.Expressions;

namespace ChinaLabour.Compliance.Catalogue;

/// <summary>A compiled condition (an exemption, or when a rule also applies) with the facts and values it reads.</summary>
/// <param name="Test">The condition.</param>
/// <param name="ReadsFacts">The facts it reads, by place.</param>
/// <param name="ReadsValues">Whether it reads any of the rule's named values.</param>
internal sealed record CompiledCondition(Func<EvaluationContext, bool> Test, FactNeeds ReadsFacts, bool ReadsValues);
