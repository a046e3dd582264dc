namespace Compliance.Cli;

/// <summary>One side of a diff: the file read, its catalogue hash and date (of its first report), and how many employers it holds.</summary>
internal sealed record RunInfo(string File, string CatalogueHash, string AsOf, int Employers);
