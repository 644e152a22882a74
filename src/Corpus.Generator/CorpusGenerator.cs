using System;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Emitting;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Corpus.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator;

/// <summary>
/// Turns the project's CorpusArticle files into typed corpus classes.
/// <list type="bullet">
/// <item>Each article is read by the engine in its own step, so an edit re-reads only that article.</item>
/// <item>Names are decided over all articles at once (collisions), from keys a content edit leaves unchanged.</item>
/// <item>Each article is emitted to its own file; each corpus class gets an index file.</item>
/// </list>
/// Nothing here reads the compilation, so editing C# code re-runs none of it.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => OptionsReader.Read(pair.Left.GlobalOptions, pair.Right))
            .WithTrackingName(TrackingNames.Options);

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => ArticleFileReader.TryRead(pair.Left, pair.Right.GetOptions(pair.Left)))
            .Where(static file => file is not null)
            .WithTrackingName(TrackingNames.ArticleFiles);

        var extracted = files
            .Select(static (file, cancellationToken) => ArticleExtraction.Extract(file!, cancellationToken))
            .WithTrackingName(TrackingNames.Extraction);

        var readable = extracted.Where(static article => article.Model is not null);

        var naming = readable
            .Select(static (article, _) => new ArticleKey(
                article.Info.Path, article.Info.DisplayPath, article.Info.CorpusName, article.Info.Id,
                article.Figures.Select(f => f.BaseName).ToEquatableArray(),
                article.Quotes.Select(q => q.BaseName).ToEquatableArray(),
                article.Model!.Quotes.Select(q => new QuoteLink(q.Kind, q.Speaker, q.Via)).ToEquatableArray(),
                // Where a speaker is mentioned does not matter to who they are: keep keys stable under edits elsewhere.
                article.Model.Speakers.Select(s => s with { Mentions = EquatableArray<TextRange>.Empty }).ToEquatableArray()))
            .WithTrackingName(TrackingNames.ArticleKeys)
            .Collect()
            .Select(static (keys, _) => NamingTableBuilder.Build(keys))
            .WithTrackingName(TrackingNames.Naming);

        var emissions = readable
            .Combine(naming)
            .Combine(options)
            .Select(static (input, _) => ToEmission(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.ArticleEmission);

        var indexes = naming
            .Combine(options)
            .SelectMany(static (input, _) => input.Left.Corpora.Select(corpus => new CorpusIndexEmission(corpus, input.Right)))
            .WithTrackingName(TrackingNames.CorpusIndexes);

        context.RegisterSourceOutput(extracted.Select(static (article, _) => article.Diagnostics), static (spc, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics) spc.ReportDiagnostic(diagnostic.ToDiagnostic());
        });
        context.RegisterSourceOutput(emissions, static (spc, emission) => EmitArticle(spc, emission));
        context.RegisterSourceOutput(indexes, static (spc, index) => EmitIndex(spc, index));
    }

    private static ArticleEmission? ToEmission(ExtractedArticle article, NamingTable naming, CorpusOptions options)
    {
        var name = naming.Find(article.Info.Path);
        return name is null ? null : new ArticleEmission(article.Info, article.Encoding, article.Model!, article.Figures, article.Quotes, name, options);
    }

    private static void EmitArticle(SourceProductionContext context, ArticleEmission? emission)
    {
        if (emission is null) return;
        try
        {
            context.AddSource(emission.Name.HintName, ArticleEmitter.Emit(emission));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.AtFileStart(
                Descriptors.EmissionFailed.Id, emission.Info.Path, emission.Info.DisplayPath,
                exception.GetType().FullName ?? "Exception", exception.Message).ToDiagnostic());
        }
    }

    private static void EmitIndex(SourceProductionContext context, CorpusIndexEmission index)
    {
        try
        {
            context.AddSource(index.Corpus.ClassName.TrimStart('@') + ".g.cs", CorpusIndexEmitter.Emit(index));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Global(
                Descriptors.EmissionFailed.Id, index.Corpus.ClassName, exception.GetType().FullName ?? "Exception", exception.Message).ToDiagnostic());
        }
    }
}
