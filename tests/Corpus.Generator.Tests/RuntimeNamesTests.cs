using System;
using System.Linq;

namespace Corpus.Generator.Tests;

/// <summary>
/// The engine and the runtime library each have their own enums (they share no assembly). The emitter
/// writes the engine's names into code that compiles against the runtime's, and the engine's values into
/// data the runtime reads: every name must exist on both sides with the same value, or generated code
/// stops compiling (or reads one kind as another) the day the engine learns a new kind.
/// </summary>
public class RuntimeNamesTests
{
    [Theory]
    [InlineData(typeof(Corpus.Extraction.Model.FigureKind), typeof(global::Corpus.FigureKind))]
    [InlineData(typeof(Corpus.Extraction.Model.Qualifier), typeof(global::Corpus.Qualifier))]
    [InlineData(typeof(Corpus.Extraction.Model.QuoteKind), typeof(global::Corpus.QuoteKind))]
    [InlineData(typeof(Corpus.Extraction.Model.SpeakerKind), typeof(global::Corpus.PersonKind))]
    public void EngineAndRuntimeEnumsHaveTheSameNamesAndValues(Type engine, Type runtime)
    {
        Assert.Equal(Enum.GetNames(engine).OrderBy(n => n, StringComparer.Ordinal), Enum.GetNames(runtime).OrderBy(n => n, StringComparer.Ordinal));
        Assert.All(Enum.GetNames(engine), name => Assert.Equal(Convert.ToInt32(Enum.Parse(engine, name)), Convert.ToInt32(Enum.Parse(runtime, name))));
    }
}
