using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Model;

namespace Corpus.Generator.Naming;

/// <summary>
/// The corpora of a project, by class name, each with its articles in <c>All</c> order: ordinal path
/// order, so names are decided the same way whatever order the files come in. Class names that differ
/// only by case are one corpus (hint names are compared ignoring case, and News/ and NEWS/ are one folder
/// on half the file systems); the ordinally first spelling names it.
/// </summary>
internal static class CorpusOrder
{
    public static List<(string ClassName, List<T> Articles)> Of<T>(IEnumerable<T> items, Func<T, ArticlePlace> placeOf) =>
        items
            .GroupBy(item => placeOf(item).CorpusClass, StringComparer.OrdinalIgnoreCase)
            .Select(group => (
                ClassName: group.Select(item => placeOf(item).CorpusClass).OrderBy(name => name, StringComparer.Ordinal).First(),
                Articles: group
                    .OrderBy(item => placeOf(item).DisplayPath, StringComparer.Ordinal)
                    .ThenBy(item => placeOf(item).Path, StringComparer.Ordinal)
                    .ToList()))
            .OrderBy(corpus => corpus.ClassName, StringComparer.Ordinal)
            .ToList();

    /// <summary>The class a corpus is generated as: it may not share its name with the classes nested in it.</summary>
    public static string ClassName(string requested)
    {
        var name = Identifier.ToPascalCase(requested, "Corpus");
        return NestedClasses.Contains(name, StringComparer.OrdinalIgnoreCase) ? name + "Corpus" : name;
    }

    private static readonly string[] NestedClasses = { "FigureList", "QuoteList", "PersonList", "ArticleData", "ListParts" };
}
