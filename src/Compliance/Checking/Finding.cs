using System.Collections.Generic;
using Compliance.Catalogue;

namespace Compliance.Checking;

/// <summary>
/// One broken duty: the violated rules that state it, one per document, so that a report shows the finding once
/// with every clause it breaks.
/// </summary>
/// <param name="Duty">The rules' shared duty key, or the rule id of a duty that stands alone.</param>
/// <param name="Severity">The gravest severity among the rules.</param>
/// <param name="Results">The violated rules, in catalogue order.</param>
public sealed record Finding(string Duty, Severity Severity, IReadOnlyList<RuleResult> Results);
