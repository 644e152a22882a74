using System;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Corpus.Benchmarks.Infrastructure;

/// <summary>
/// The input size of a benchmark, and its throughput (MB/s) or cost per MB (ms/MB). The host can
/// recompute a workload's size because inputs are synthesized from a fixed seed, so the host and the
/// child process agree on the bytes. A MB here is 1,000,000 bytes of the UTF-8 file.
/// </summary>
internal sealed class PerMegabyteColumn : IColumn
{
    private enum Kind
    {
        Size,
        Throughput,
        CostPerMegabyte,
    }

    private readonly Func<BenchmarkCase, long> _bytes;
    private readonly Kind _kind;

    private PerMegabyteColumn(string name, Func<BenchmarkCase, long> bytes, Kind kind)
    {
        ColumnName = name;
        _bytes = bytes;
        _kind = kind;
    }

    public static PerMegabyteColumn Size(Func<BenchmarkCase, long> bytes) => new("Input MB", bytes, Kind.Size);

    public static PerMegabyteColumn Throughput(Func<BenchmarkCase, long> bytes) => new("MB/s", bytes, Kind.Throughput);

    public static PerMegabyteColumn CostPerMegabyte(Func<BenchmarkCase, long> bytes) => new("ms/MB", bytes, Kind.CostPerMegabyte);

    public string Id => nameof(PerMegabyteColumn) + "." + _kind;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)_kind;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _kind switch
    {
        Kind.Size => "Size of the input in MB (10^6 bytes of UTF-8)",
        Kind.Throughput => "MB of input processed per second, from the mean",
        _ => "Mean time per MB of input",
    };

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var megabytes = _bytes(benchmarkCase) / 1_000_000.0;
        if (_kind == Kind.Size) return megabytes.ToString("N3", CultureInfo.InvariantCulture);
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (mean is null || megabytes <= 0) return "-";
        var seconds = mean.Value / 1e9;
        return _kind == Kind.Throughput
            ? (megabytes / seconds).ToString("N1", CultureInfo.InvariantCulture)
            : (seconds * 1000 / megabytes).ToString("N2", CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
