// An ASP.NET Core minimal API as the Extensions package's README shows it: both endpoints are the README's blocks,
// line for line (Compliance.Packages.Tests checks it), so the README cannot show code that does not build and run.
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Reporting;
using ChinaLabour.Compliance.Snapshots;
using NodaTime;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddComplianceChecker(builder.Configuration.GetSection("Compliance"));
builder.Services.ConfigureHttpJsonOptions(o => SnapshotJsonOptions.ApplyTo(o.SerializerOptions));
var app = builder.Build();

app.MapPost("/check", async (HttpRequest request, DateOnly asOf, ComplianceChecker checker) =>
{
    using var body = new StreamReader(request.Body);
    var read = SnapshotReader.ReadJson(await body.ReadToEndAsync(request.HttpContext.RequestAborted), "request");
    if (!read.Success)
    {
        return Results.BadRequest(read.Errors.Select(e => e.ToString()));   // every mistake, with its position
    }

    var report = checker.Check(read.Snapshot, LocalDate.FromDateOnly(asOf), request.HttpContext.RequestAborted);
    return Results.Text(ReportJson.ToJson(report), "application/json");
});

app.MapPost("/check-bound", (EmployerSnapshot snapshot, DateOnly asOf, ComplianceChecker checker, CancellationToken aborted) =>
{
    var valid = SnapshotReader.Validate(snapshot, "request");           // every record has an id
    return valid.Success
        ? Results.Text(ReportJson.ToJson(checker.Check(snapshot, LocalDate.FromDateOnly(asOf), aborted)), "application/json")
        : Results.BadRequest(valid.Errors.Select(e => e.ToString()));
});

app.Run();
