namespace ChinaLabour.Compliance.Catalogue;

/// <summary>The clause a rule is drawn from, quoted verbatim.</summary>
/// <param name="Document">The document's number, e.g. 晋人社办发〔2022〕18号.</param>
/// <param name="Clause">The clause in the document's own numbering, e.g. 二（五）.</param>
/// <param name="Quote">The clause's words, verbatim in Chinese.</param>
/// <param name="English">An English rendering of the quote.</param>
public sealed record Citation(string Document, string Clause, string Quote, string English);
