using System.Collections.Generic;
using Corpus.Extraction.Model;

namespace Corpus.Accuracy.Suites;

/// <summary>A file of cases and the rule that decides whether the extractor's figures match a case.</summary>
internal abstract class Suite
{
    protected Suite(string file, double? target)
    {
        File = file;
        Target = target;
    }

    /// <summary>The path under ../shared/bench, also the key in deliberate-differences.tsv.</summary>
    public string File { get; }

    /// <summary>The in-scope pass rate this suite must reach, if it has a target.</summary>
    public double? Target { get; }

    public abstract IReadOnlyList<BenchCase> Load(string suitesRoot);

    public abstract bool Matches(IReadOnlyList<ExpectedResult> expected, IReadOnlyList<FigureModel> figures, string input);
}
