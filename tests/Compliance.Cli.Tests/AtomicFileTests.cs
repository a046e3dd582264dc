using System;
using System.IO;
using System.Text;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>
/// <see cref="AtomicFile"/> and <see cref="AtomicWriter"/>: a file under its final name is the old one or the new one,
/// whole; a write that dies part-way leaves the old file (or none), never a cut-off one.
/// </summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("atomic-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_temporary_name_is_hidden_beside_the_final_one()
    {
        AtomicFile.TempName(Path.Combine(_folder, "summary.csv")).Should().Be(Path.Combine(_folder, ".summary.csv.partial"));
    }

    [Fact]
    public void A_write_replaces_the_old_file_whole_and_leaves_no_temporary()
    {
        var path = Path.Combine(_folder, "report.txt");
        File.WriteAllText(path, "old");

        AtomicFile.WriteText(path, "new, and longer", Encoding.UTF8);

        File.ReadAllText(path).Should().Be("new, and longer");
        Directory.GetFiles(_folder).Should().Equal(path);
    }

    [Fact]
    public void A_write_that_dies_between_the_temporary_and_the_rename_leaves_the_old_file_as_it_was()
    {
        var path = Path.Combine(_folder, "report.txt");
        File.WriteAllText(path, "old report");

        var dying = () => AtomicFile.Write(path, temp =>
        {
            File.WriteAllText(temp, "half a rep");
            throw new IOException("disk full");
        });

        dying.Should().Throw<IOException>();
        File.ReadAllText(path).Should().Be("old report");
        File.Exists(AtomicFile.TempName(path)).Should().BeFalse();
    }

    [Fact]
    public void A_first_write_that_dies_leaves_no_file_at_all()
    {
        var path = Path.Combine(_folder, "report.txt");

        var dying = () => AtomicFile.Write(path, temp =>
        {
            File.WriteAllText(temp, string.Empty);
            throw new IOException("killed");
        });

        dying.Should().Throw<IOException>();
        Directory.GetFiles(_folder).Should().BeEmpty();
    }

    [Fact]
    public void A_writer_shows_nothing_under_the_final_name_until_committed_and_removes_its_temporary_if_not()
    {
        var path = Path.Combine(_folder, "summary.csv");
        File.WriteAllText(path, "old,run\n");
        using (var writer = new AtomicWriter(path, Encoding.UTF8))
        {
            writer.Writer.Write("new,run\n");
            writer.Writer.Flush();
            File.ReadAllText(path).Should().Be("old,run\n", "a reader sees the old file while the new one is written");
            File.Exists(AtomicFile.TempName(path)).Should().BeTrue();
        }

        File.ReadAllText(path).Should().Be("old,run\n");
        File.Exists(AtomicFile.TempName(path)).Should().BeFalse();

        using (var writer = new AtomicWriter(path, new UTF8Encoding(false)))
        {
            writer.Writer.Write("new,run\n");
            writer.Commit();
        }

        File.ReadAllText(path).Should().Be("new,run\n");
        Directory.GetFiles(_folder).Should().Equal(path);
    }
}
