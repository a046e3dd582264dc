using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Reports;
using FluentAssertions;
using Xunit;

namespace Compliance.Reports.Tests;

public sealed class ParallelDeflaterTests
{
    /// <summary>Text whose repeats lie further apart than a small chunk: the priming is what finds them.</summary>
    private static readonly byte[] s_text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 3000).Select(i =>
        $"<x:row r=\"{i}\"><x:c><x:is><x:t>E{i % 97:D7} 未经安全生产教育和培训合格的从业人员，不得上岗作业 / worker {i % 13}</x:t></x:is></x:c></x:row>")));

    private static byte[] Zip(int threads, int chunkSize, params byte[][] entries)
    {
        using var output = new MemoryStream();
        var zip = new ZipWriter(output);
        using (var deflater = new ParallelDeflater(zip, threads, chunkSize))
        {
            for (var i = 0; i < entries.Length; i++)
            {
                deflater.Begin($"entry{i}");
                foreach (var piece in entries[i].Chunk(777))
                {
                    deflater.Write(piece);
                }

                deflater.End();
            }
        }

        zip.Finish();
        return output.ToArray();
    }

    private static byte[][] Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return [.. archive.Entries.Select(e =>
        {
            using var data = new MemoryStream();
            using (var entry = e.Open())
            {
                entry.CopyTo(data);
            }

            data.Length.Should().Be(e.Length);
            return data.ToArray();
        })];
    }

    [Theory]
    [InlineData(1, 100)]
    [InlineData(3, 100)]
    [InlineData(2, 4096)]
    [InlineData(4, 1 << 20)]
    public void Chunks_compressed_apart_join_into_each_entry_as_written(int threads, int chunkSize)
    {
        byte[][] entries = [s_text, [], Encoding.UTF8.GetBytes("<a/>"), s_text[..(8 * 4096)]];

        var unzipped = Unzip(Zip(threads, chunkSize, entries));

        unzipped.Should().HaveCount(entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            unzipped[i].Should().Equal(entries[i], $"entry {i}");
        }
    }

    [Fact]
    public void The_bytes_depend_on_the_chunk_size_and_never_on_the_threads()
    {
        var one = Zip(1, 4096, s_text, s_text);

        foreach (var threads in new[] { 2, 3, 8 })
        {
            Zip(threads, 4096, s_text, s_text).Should().Equal(one, $"{threads} threads");
        }
    }

    [Fact]
    public void Priming_each_chunk_with_the_bytes_before_it_finds_repeats_further_back_than_the_chunk()
    {
        // 16 KiB of noise eight times over: each repeat lies four chunks back, so a chunk compressed alone would not
        // shrink at all (128 KiB), and one primed with the 32 KiB before it shrinks as one stream does (16 KiB).
        var noise = new byte[16 * 1024];
        new Random(20240630).NextBytes(noise);
        var data = Enumerable.Repeat(noise, 8).SelectMany(b => b).ToArray();
        var whole = Zip(1, data.Length, data).Length;

        var chunked = Zip(2, 4096, data).Length;

        whole.Should().BeLessThan(2 * noise.Length, "one stream finds the repeats");
        ((double)chunked / whole).Should().BeLessThan(1.05, $"{data.Length / 4096} chunks of 4 KiB against one stream of {whole} bytes zipped");
    }

    [Fact]
    public void Writing_outside_an_entry_is_refused_and_threads_must_be_one_or_more()
    {
        using var deflater = new ParallelDeflater(new ZipWriter(Stream.Null), threads: 1, chunkSize: 16);

        FluentActions.Invoking(() => deflater.Write(new byte[17])).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => new ParallelDeflater(new ZipWriter(Stream.Null), threads: 0)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
