using System;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Corpus.Benchmarks.Infrastructure;

/// <summary>
/// A size of what the generator emitted for the benchmark's corpus (parameter <c>Articles</c>), read
/// from the measurements the child process recorded beside the compiled corpus it built.
/// </summary>
internal sealed class EmittedSizeColumn : IColumn
{
    private readonly Func<EmittedSizes, double> _value;
    private readonly string _format;

    public EmittedSizeColumn(string name, string legend, Func<EmittedSizes, double> value, string format = "N0")
    {
        ColumnName = name;
        Legend = legend;
        _value = value;
        _format = format;
    }

    public string Id => nameof(EmittedSizeColumn) + "." + ColumnName;

    public string ColumnName { get; }

    public string Legend { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var articles = benchmarkCase.Parameters["Articles"] is int count ? count : 0;
        var sizes = CompiledCorpus.RecordedSizes(articles);
        return sizes is null ? "-" : _value(sizes).ToString(_format, CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
