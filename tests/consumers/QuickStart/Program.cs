// The README's quick start, run from the packed package. The test puts the README's "Using the library" block in
// place of the two markers (its using lines, then its statements), so the README cannot show code a user cannot run.
// README-USINGS

var json = File.ReadAllText(args[0]);

// README-STATEMENTS

Console.WriteLine($"report: {reportJson.Length} characters of JSON");

// docs/integrating.md, "Typed objects instead of JSON", line for line.
var typed = new EmployerSnapshot
{
    Enterprise = new Enterprise { Id = "E-TYPED", RegionCode = "140602" },
    Workers = [new Worker { Id = "W1", Form = EmploymentForm.Dispatched }],
};
var valid = SnapshotReader.Validate(typed, "typed");                // blank ids and null records, by JSON path
if (!valid.Success) { foreach (var e in valid.Errors) Console.Error.WriteLine(e); return; }
var typedReport = checker.Check(typed, new LocalDate(2024, 6, 30));
Console.WriteLine($"typed: {typedReport.Count(Outcome.Indeterminate)} rules need facts the snapshot does not give");
