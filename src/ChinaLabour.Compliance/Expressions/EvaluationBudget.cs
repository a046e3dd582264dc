using System;

namespace ChinaLabour.Compliance.Expressions;

/// <summary>What one rule may spend on one employer before it is stopped and reported as an error.</summary>
/// <param name="MaxSteps">Elements the rule's expressions may visit in all.</param>
/// <param name="TimeLimit">Wall-clock time the rule may take.</param>
internal readonly record struct EvaluationBudget(long MaxSteps, TimeSpan TimeLimit);
