namespace Compliance.Cli;

/// <summary>Which checked employers of a batch get a page of their own under <c>employers/</c>.</summary>
internal enum EmployerPageChoice
{
    /// <summary>None: report.html only.</summary>
    None,

    /// <summary>Those with a violation: the pages an auditor acts on.</summary>
    Violations,

    /// <summary>Every checked employer.</summary>
    All,
}
