using System.Collections.Concurrent;
using System.Collections.Generic;
using Corpus.Extraction.Model;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are public and documented in docs/diagnostics.md;
/// the engine's findings keep the id their <see cref="FindingKind"/> number gives them.
/// Everything is a warning: a bad article must never stop the rest of the build.
/// </summary>
internal static class Descriptors
{
    private const string Category = "Corpus";
    private const string HelpLink = "https://github.com/corpus/corpus/blob/main/docs/diagnostics.md";

    public static readonly DiagnosticDescriptor Unreadable = Create("CORPUS001",
        "Article could not be read",
        "The article '{0}' could not be read as text; it was left out of the corpus");

    public static readonly DiagnosticDescriptor EmptyArticle = Create("CORPUS002", "Article is empty", "{0}");

    public static readonly DiagnosticDescriptor WhitespaceOnly = Create("CORPUS003", "Article holds only white space", "{0}");

    public static readonly DiagnosticDescriptor BinaryContent = Create("CORPUS004", "Article looks like binary content", "{0}");

    public static readonly DiagnosticDescriptor UndecodableBytes = Create("CORPUS005", "Article has bytes that are not text", "{0}");

    public static readonly DiagnosticDescriptor MalformedFrontMatter = Create("CORPUS006", "Front matter is malformed", "{0}");

    public static readonly DiagnosticDescriptor InvalidPublishedDate = Create("CORPUS007", "Published date is not a date", "{0}");

    public static readonly DiagnosticDescriptor UnclosedQuote = Create("CORPUS101", "Quotation is never closed", "{0}");

    public static readonly DiagnosticDescriptor InvalidProperty = Create("CORPUS301",
        "Corpus property has an invalid value",
        "The project sets {0} to '{1}', which is neither true nor false; {1} was ignored and the default ({2}) used");

    public static readonly DiagnosticDescriptor ExtractionFailed = Create("CORPUS901",
        "Corpus failed on an article",
        "Corpus failed while reading '{0}' ({1}: {2}); the article was left out and the rest of the corpus was generated. Please report this with the article.");

    public static readonly DiagnosticDescriptor EmissionFailed = Create("CORPUS902",
        "Corpus failed to generate code",
        "Corpus failed while generating code for '{0}' ({1}: {2}); {3}. Please report this with the article.");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [Unreadable.Id] = Unreadable,
        [EmptyArticle.Id] = EmptyArticle,
        [WhitespaceOnly.Id] = WhitespaceOnly,
        [BinaryContent.Id] = BinaryContent,
        [UndecodableBytes.Id] = UndecodableBytes,
        [MalformedFrontMatter.Id] = MalformedFrontMatter,
        [InvalidPublishedDate.Id] = InvalidPublishedDate,
        [UnclosedQuote.Id] = UnclosedQuote,
        [InvalidProperty.Id] = InvalidProperty,
        [ExtractionFailed.Id] = ExtractionFailed,
        [EmissionFailed.Id] = EmissionFailed,
    };

    private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> Unlisted = new();

    public static DiagnosticDescriptor For(string id) =>
        ById.TryGetValue(id, out var descriptor)
            ? descriptor
            // A finding the engine learned after this table was written still reaches the user.
            : Unlisted.GetOrAdd(id, static key => new DiagnosticDescriptor(
                key, "Corpus finding", "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true));

    // Ids are literals so that release tracking (RS2000-RS2008) can see them; a test checks they
    // agree with the engine's FindingKind numbers.
    private static DiagnosticDescriptor Create(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            helpLinkUri: HelpLink + "#" + id.ToLowerInvariant());

    public static IEnumerable<DiagnosticDescriptor> All => ById.Values;
}
