using System;
using System.Collections.Immutable;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.People;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Emitting;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Corpus.Generator.Parsing;
using Corpus.Generator.Pipeline;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator;

/// <summary>
/// Turns the project's CorpusArticle files into typed corpus classes.
/// <list type="bullet">
/// <item>Each article is read by the engine in its own step, so an edit re-reads only that article; the
/// articles of a full run are read on every core (<see cref="AllCores"/>), as are their keys and code.</item>
/// <item>Names are decided over all articles at once (collisions), from keys a content edit leaves unchanged,
/// in four steps (articles, figures, quotes, people) that each read only their part of the keys.</item>
/// <item>The people's members are in files of their own, chosen by a hash of the member's name, so a new
/// person rewrites the index and one of them.</item>
/// <item>Each article's piece of code is made alone, and again only when the article or its own names
/// change; pieces are gathered into files (one per article in a small corpus, one per bucket of about 32
/// in a large one), and each corpus class gets an index file.</item>
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
            .Select(static (input, _) => OptionsReader.Read(input.Left.GlobalOptions, input.Right))
            .WithTrackingName(TrackingNames.Options);

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => ArticleFileReader.TryRead(pair.Left, pair.Right.GetOptions(pair.Left)))
            .Where(static file => file is not null)
            .WithTrackingName(TrackingNames.ArticleFiles);

        var extracted = files
            .SelectOnAllCores(static (file, cancellationToken) => ArticleExtraction.Extract(file!, cancellationToken), TrackingNames.ExtractionStarted, TrackingNames.Extraction);

        var readable = extracted.Where(static article => article.Model is not null);

        // Only which members are named reaches the keys, so other settings leave naming alone.
        var members = options.Select(static (options, _) => options.Members);

        var keys = readable
            .Combine(members)
            .SelectOnAllCores(static (input, _) => ToKey(input.Left, input.Right), TrackingNames.ArticleKeysStarted, TrackingNames.ArticleKeys);

        // Four naming steps, each over its own part of every article's key, so that an edit re-runs only
        // the steps whose part it changed: a new quote re-runs the quotes' and the people's, not the others.
        var articleTable = keys
            .Select(static (key, _) => key.Place)
            .Collect()
            .Select(static (places, _) => ArticleMembers.Build(places))
            .WithTrackingName(TrackingNames.ArticleMembers);

        var figureNames = keys
            .Select(static (key, _) => new PlacedNames(key.Place, key.FigureNames))
            .Collect()
            .Select(static (figures, _) => ItemNames.Build(figures))
            .WithTrackingName(TrackingNames.FigureNames);

        var quoteNames = keys
            .Select(static (key, _) => new PlacedNames(key.Place, key.QuoteNames))
            .Collect()
            .Select(static (quotes, _) => ItemNames.Build(quotes))
            .WithTrackingName(TrackingNames.QuoteNames);

        var people = keys
            .Select(static (key, _) => new PlacedPeople(key.Place, key.People))
            .Collect()
            .Combine(members.Select(static (members, _) => members.People))
            .Select(static (input, _) => PeopleTable.Build(input.Left, named: input.Right))
            .WithTrackingName(TrackingNames.People);

        // Looked up in a step of its own, so that a change of names elsewhere writes no article again.
        var named = readable
            .Combine(articleTable)
            .Combine(figureNames)
            .Combine(quoteNames)
            .Select(static (input, _) => new NamedExtraction(
                input.Left.Left.Left,
                ArticleNaming.NameOf(input.Left.Left.Left.Info.Path, input.Left.Left.Right, input.Left.Right, input.Right)))
            .WithTrackingName(TrackingNames.ArticleNames);

        var pieces = named
            .Combine(options)
            .SelectOnAllCores(static (input, _) => ToPiece(input.Left, input.Right), TrackingNames.ArticleEmissionStarted, TrackingNames.ArticleEmission);

        var buckets = pieces
            .Select(static (outcome, _) => outcome?.Piece)
            .Where(static piece => piece is not null)
            .Collect()
            .SelectMany(static (all, _) => ToBuckets(all!))
            .WithTrackingName(TrackingNames.Buckets);

        // Only how many parts the figures and quotes take reaches the index: their names are in the articles' files.
        var indexes = articleTable
            .Combine(figureNames.Select(static (table, _) => table.Parts))
            .Combine(quoteNames.Select(static (table, _) => table.Parts))
            .Combine(people)
            .Combine(options)
            .SelectMany(static (input, _) => ArticleNaming
                .Indexes(input.Left.Left.Left.Left, input.Left.Left.Left.Right, input.Left.Left.Right, input.Left.Right)
                .Select(corpus => new CorpusIndexEmission(corpus, input.Right)))
            .WithTrackingName(TrackingNames.CorpusIndexes);

        // One file per few hundred members, each compared whole: a new person rewrites the index and one of them.
        var peopleFiles = people
            .Combine(options)
            .SelectMany(static (input, _) => input.Left.SelectMany(corpus => PeopleFiles.Of(corpus, input.Right)))
            .WithTrackingName(TrackingNames.PeopleFiles);

        context.RegisterSourceOutput(options.Select(static (options, _) => options.Diagnostics), static (spc, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics) spc.ReportDiagnostic(diagnostic.ToDiagnostic());
        });
        context.RegisterSourceOutput(extracted.Select(static (article, _) => article.Diagnostics), static (spc, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics) spc.ReportDiagnostic(diagnostic.ToDiagnostic());
        });
        context.RegisterSourceOutput(pieces.Select(static (outcome, _) => outcome?.Failure), static (spc, failure) =>
        {
            if (failure is not null) spc.ReportDiagnostic(failure.ToDiagnostic());
        });
        context.RegisterSourceOutput(buckets, static (spc, bucket) => EmitBucket(spc, bucket));
        context.RegisterSourceOutput(indexes, static (spc, index) => EmitIndex(spc, index));
        context.RegisterSourceOutput(peopleFiles, static (spc, file) => EmitPeopleFile(spc, file));
    }

    // A figure or quote that is not to be named gets no base name, so it gets no member.
    internal static ArticleKey ToKey(ExtractedArticle article, NamedMembersOptions members) => new(
        new ArticlePlace(article.Info.Path, article.Info.DisplayPath, CorpusOrder.ClassName(article.Info.CorpusName), article.Info.Id),
        members.Figures ? article.Figures.Select(f => f.BaseName).ToEquatableArray() : EquatableArray<string>.Empty,
        members.Quotes ? article.Quotes.Select(q => q.BaseName).ToEquatableArray() : article.Quotes.Select(_ => "").ToEquatableArray(),
        // Read for the linker and for naming here, once per article: linking and naming the corpus again after an
        // edit read the rest as they were.
        PeopleTable.Prepare(PeopleLinker.Prepare(article.Info.DisplayPath, article.Model!.Quotes, article.Model.Speakers)));

    private static PieceOutcome? ToPiece(NamedExtraction named, CorpusOptions options)
    {
        var (article, name) = (named.Article, named.Name);
        if (name is null) return null;
        var emission = new ArticleEmission(article.Info, article.Encoding, article.Model!, article.Figures, article.Quotes, name, options);
        return ToPiece(emission, ArticleEmitter.Emit);
    }

    /// <summary>
    /// The article's piece; if writing it fails, the article without what was extracted from it. The
    /// corpus index names every article, so a missing member would fail the whole build (CS0117): a bare
    /// article keeps the project compiling and its text readable, and CORPUS902 says what was lost.
    /// </summary>
    internal static PieceOutcome ToPiece(ArticleEmission emission, Func<ArticleEmission, ArticlePiece> emit)
    {
        try
        {
            return new PieceOutcome(emit(emission), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ArticlePiece? bare = null;
            try
            {
                bare = emit(Bare(emission));
            }
            catch (Exception again) when (again is not OperationCanceledException)
            {
                // Reported below: the article is then left out, as the message says.
            }
            return new PieceOutcome(bare, DiagnosticInfo.AtFileStart(
                Descriptors.EmissionFailed.Id, emission.Info.Path, emission.Info.DisplayPath,
                exception.GetType().FullName ?? "Exception", exception.Message,
                bare is null
                    ? "the article was left out, and code that names it does not compile"
                    : "the article is generated with its text but without its paragraphs, sentences, quotes and figures"));
        }
    }

    private static ArticleEmission Bare(ArticleEmission emission) => emission with
    {
        Model = emission.Model with
        {
            Paragraphs = EquatableArray<TextRange>.Empty,
            Sentences = EquatableArray<SentenceModel>.Empty,
            WordCount = 0,
            Lead = "",
            Quotes = EquatableArray<QuoteModel>.Empty,
            Speakers = EquatableArray<SpeakerModel>.Empty,
            Figures = EquatableArray<FigureModel>.Empty,
            Findings = EquatableArray<Finding>.Empty,
        },
        Figures = EquatableArray<FigureSnippet>.Empty,
        Quotes = EquatableArray<QuoteSnippet>.Empty,
        Name = emission.Name with
        {
            FigureMembers = EquatableArray<string>.Empty,
            QuoteMembers = EquatableArray<string>.Empty,
        },
    };

    private static ImmutableArray<BucketEmission> ToBuckets(ImmutableArray<ArticlePiece> pieces) =>
        pieces
            .GroupBy(piece => (piece.CorpusClass, piece.Bucket))
            .Select(group => new BucketEmission(
                group.Key.CorpusClass, group.Key.Bucket, group.OrderBy(piece => piece.Slot).ToEquatableArray(), group.First().Options))
            .OrderBy(bucket => bucket.Bucket.HintName, StringComparer.Ordinal)
            .ToImmutableArray();

    private static void EmitBucket(SourceProductionContext context, BucketEmission bucket)
    {
        try
        {
            context.AddSource(bucket.Bucket.HintName, BucketEmitter.Emit(bucket));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Global(
                Descriptors.EmissionFailed.Id, bucket.Bucket.HintName, exception.GetType().FullName ?? "Exception", exception.Message,
                "the articles of that file were left out, and code that names them does not compile").ToDiagnostic());
        }
    }

    private static void EmitPeopleFile(SourceProductionContext context, PeopleFile file)
    {
        try
        {
            context.AddSource(file.HintName, PeopleFileEmitter.Emit(file));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Global(
                Descriptors.EmissionFailed.Id, file.HintName, exception.GetType().FullName ?? "Exception", exception.Message,
                "the people's members of that file were left out, and code that names them does not compile").ToDiagnostic());
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
                Descriptors.EmissionFailed.Id, index.Corpus.ClassName, exception.GetType().FullName ?? "Exception", exception.Message,
                "the corpus class's lists and index were left out, and code that uses them does not compile").ToDiagnostic());
        }
    }
}
