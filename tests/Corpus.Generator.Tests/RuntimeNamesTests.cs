using System;
using System.Linq;

namespace Corpus.Generator.Tests;

/// <summary>
/// The engine and the runtime library each have their own enums (they share no assembly), and the
/// emitter writes the engine's names into code that compiles against the runtime's: every name must
/// exist on both sides, or generated code stops compiling the day the engine learns a new kind.
/// </summary>
public class RuntimeNamesTests
{
    [Theory]
    [InlineData(typeof(Corpus.Extraction.Model.FigureKind), typeof(global::Corpus.FigureKind))]
    [InlineData(typeof(Corpus.Extraction.Model.Qualifier), typeof(global::Corpus.Qualifier))]
    [InlineData(typeof(Corpus.Extraction.Model.QuoteKind), typeof(global::Corpus.QuoteKind))]
    [InlineData(typeof(Corpus.Extraction.Model.SpeakerKind), typeof(global::Corpus.PersonKind))]
    public void EngineAndRuntimeEnumsHaveTheSameNames(Type engine, Type runtime)
    {
        Assert.Equal(Enum.GetNames(engine).OrderBy(n => n, StringComparer.Ordinal), Enum.GetNames(runtime).OrderBy(n => n, StringComparer.Ordinal));
    }
}
