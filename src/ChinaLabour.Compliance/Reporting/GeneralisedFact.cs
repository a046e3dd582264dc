using System.Collections.Generic;

namespace ChinaLabour.Compliance.Reporting;

/// <summary>A missing fact generalised over records (<c>workers[*].trainings</c>) and the ids of the records that lack it, in order.</summary>
internal sealed record GeneralisedFact(string Path, List<string> Ids);
