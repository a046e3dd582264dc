using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Yaml;

namespace ChinaLabour.Compliance.Loading;

/// <summary>
/// A rule's dates must make sense against its document's: a real date can still be a typo (2102 for 2012), and a
/// rule in force for no day, or from before its document existed, would silently judge nothing or too much.
/// </summary>
internal static class DateSanity
{
    /// <summary>How far after its issue a document's rule may still start or end; past it the year is a typo.</summary>
    public const int MaxYearsAfterIssue = 30;

    public static void Check(RuleDraft draft, SourceDocument document, NodaTime.LocalDate from, DiagnosticBag diagnostics)
    {
        var latest = document.Issued.PlusYears(MaxYearsAfterIssue);
        if (draft.From is { } start && start < document.Issued)
        {
            diagnostics.Add(draft.FromStart, LoadMessages.ImplausibleDate, draft.Id, LoadMessages.FromBeforeIssued(start, document.Issued));
        }

        if (draft.From is { } far && far > latest)
        {
            diagnostics.Add(draft.FromStart, LoadMessages.ImplausibleDate, draft.Id, LoadMessages.FarFuture("from", far, document.Issued, MaxYearsAfterIssue));
        }

        if (draft.To is { } to && to < from)
        {
            diagnostics.Add(draft.ToStart, LoadMessages.ImplausibleDate, draft.Id, LoadMessages.ToBeforeFrom(to, from));
        }
        else if (draft.To is { } end && end > latest)
        {
            diagnostics.Add(draft.ToStart, LoadMessages.ImplausibleDate, draft.Id, LoadMessages.FarFuture("to", end, document.Issued, MaxYearsAfterIssue));
        }
    }
}
