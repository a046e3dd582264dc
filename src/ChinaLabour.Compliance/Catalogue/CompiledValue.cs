using System;
using ChinaLabour.Compliance.Expressions;

namespace ChinaLabour.Compliance.Catalogue;

/// <summary>A named value of a rule (<c>let:</c>), compiled.</summary>
internal sealed record CompiledValue(string Name, Type Type, Func<EvaluationContext, object> Compute);
