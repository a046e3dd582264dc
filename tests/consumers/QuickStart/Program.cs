// The README's quick start, run from the packed package. The test puts the README's "Using the library" block in
// place of the two markers (its using lines, then its statements), so the README cannot show code a user cannot run.
// README-USINGS

var json = File.ReadAllText(args[0]);

// README-STATEMENTS

Console.WriteLine($"report: {reportJson.Length} characters of JSON");
