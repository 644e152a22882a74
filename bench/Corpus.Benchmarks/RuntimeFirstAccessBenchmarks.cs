using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Corpus.Benchmarks.Infrastructure;

namespace Corpus.Benchmarks;

/// <summary>
/// The first access to one article of a compiled corpus, in a freshly loaded copy of the assembly each
/// iteration (nothing created, nothing read): the corpus class's type load, the named member, the
/// article's creation from its tables, then reading its text from the embedded resource. Target: at
/// most 1 ms, and flat from 1,000 to 10,000 articles (the corpus is lazy). The runtime library itself is
/// already JIT-compiled after the warm-up, as it would be after a process's first article. The speakers of
/// an article's quotes and a person are found in the corpus's people, which one article's access does not
/// read; a person's member finds them through the table of members.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 15, invocationCount: 1)]
public class RuntimeFirstAccessBenchmarks
{
    private string _image = "";
    private CompiledCorpus.Loaded? _loaded;
    private Func<int> _byName = null!;
    private Func<int> _textByName = null!;
    private Func<int> _speakersByName = null!;
    private Func<int> _personByPosition = null!;
    private Func<int> _personByName = null!;

    [Params(1000, 10000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => _image = CompiledCorpus.ImagePath(Articles);

    [IterationSetup]
    public void Load()
    {
        _loaded = CompiledCorpus.Load(_image);
        _byName = _loaded.Probe<int>("ArticleByName");
        _textByName = _loaded.Probe<int>("ArticleTextByName");
        _speakersByName = _loaded.Probe<int>("SpeakersByName");
        _personByPosition = _loaded.Probe<int>("PersonByPosition");
        _personByName = _loaded.Probe<int>("PersonByName");
    }

    [IterationCleanup]
    public void Unload()
    {
        _loaded?.Dispose();
        _loaded = null;
    }

    [Benchmark(Baseline = true, Description = "First access: one article by name")]
    public int ArticleByName() => _byName();

    [Benchmark(Description = "First access: one article's text by name")]
    public int ArticleTextByName() => _textByName();

    [Benchmark(Description = "First access: one article's quotes and their speakers by name")]
    public int SpeakersByName() => _speakersByName();

    [Benchmark(Description = "First access: one person by position")]
    public int PersonByPosition() => _personByPosition();

    [Benchmark(Description = "First access: one person by name")]
    public int PersonByName() => _personByName();
}
