namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// A batch's totals as the head of its page (<see cref="BatchHtmlReport"/>) shows them: the caller counts them, since
/// it alone knows which employers it could not read or did not reach.
/// </summary>
/// <param name="Total">How many employers (or files) the input held.</param>
/// <param name="Checked">How many were checked.</param>
/// <param name="Rejected">How many could not be read, and were not checked.</param>
/// <param name="NotChecked">How many were not reached, the run being interrupted; the page says so at its top.</param>
/// <param name="Violations">How many rules were violated, over every employer checked.</param>
/// <param name="EmployersInBreach">How many employers checked violated at least one rule.</param>
/// <param name="Problems">How many problems reading the input found.</param>
/// <param name="FromFiles">Whether each employer came from a file of its own, so that the page counts files rather than employers.</param>
/// <threadsafety>Immutable: safe to share between threads.</threadsafety>
public sealed record BatchTotals(
    int Total, int Checked, int Rejected, int NotChecked, int Violations, int EmployersInBreach, int Problems, bool FromFiles);
