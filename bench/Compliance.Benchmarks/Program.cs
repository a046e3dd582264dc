using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Compliance.Benchmarks.CheckBenchmarks).Assembly).Run(args);
