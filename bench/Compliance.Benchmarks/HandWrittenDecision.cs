using ChinaLabour.Compliance.Checking;

namespace Compliance.Benchmarks;

/// <summary>One rule decided by hand: the outcome and the ids of the records that break it, ordered ordinally.</summary>
internal readonly record struct HandWrittenDecision(string RuleId, Outcome Outcome, string[] Evidence);
