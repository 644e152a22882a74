using System.Collections.Immutable;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Tests.Scale;

/// <summary>
/// Names a corpus of 20,000 articles (14 figures, 3 named quotes and 3 new speakers each: 280,000 named
/// figures, 60,000 people) without reading any text, and counts the named members each generated class
/// would declare: each must stay far below the 65,535 methods the runtime loads per type.
/// </summary>
public class ListPartsAt20000ArticlesTests
{
    private const int Articles = 20000;
    private const int SafeMembers = 65535 / 2;

    private static readonly NamingTable Table = NamingTableBuilder.Build(Enumerable.Range(0, Articles).Select(Key).ToImmutableArray());

    [Fact]
    public void NamedFiguresAndQuotesAreSpreadOverParts()
    {
        var figures = Table.Articles.SelectMany(a => a.Name.FigureMembers.Select(_ => a.Name.FigureList)).GroupBy(c => c).ToList();
        var quotes = Table.Articles.SelectMany(a => a.Name.QuoteMembers.Select(_ => a.Name.QuoteList)).GroupBy(c => c).ToList();

        Assert.Equal(Articles * 14, figures.Sum(g => g.Count()));
        Assert.Equal(32, figures.Count);
        Assert.All(figures, part => Assert.True(part.Count() < SafeMembers, $"{part.Key}: {part.Count():N0} members"));
        Assert.Equal(4, quotes.Count);
        Assert.All(quotes, part => Assert.True(part.Count() < SafeMembers, $"{part.Key}: {part.Count():N0} members"));
        Assert.Equal(32, Table.Corpora.Single().FigureParts);
    }

    [Fact]
    public void PeopleAreSpreadOverParts()
    {
        var corpus = Table.Corpora.Single();
        Assert.Equal(Articles * 3, corpus.People.Count);
        Assert.All(corpus.People, p => Assert.NotEqual("", p.Member));
        Assert.Equal(4, corpus.PeopleParts);
        var options = new CorpusOptions(null, Nullable: true, NamedMembersOptions.All, EquatableArray<DiagnosticInfo>.Empty);
        var files = PeopleFiles.Of(new CorpusPeople(corpus.ClassName, corpus.People, corpus.PeopleParts), options).ToList();
        var perPart = files
            .GroupBy(file => file.Part)
            .ToDictionary(part => part.Key, part => part.Sum(file => file.Members.Sum(p => 1 + p.AliasMembers.Count)));
        Assert.Equal(Enumerable.Range(0, corpus.PeopleParts), perPart.Keys.OrderBy(part => part));
        Assert.Equal(Articles * 3, perPart.Values.Sum());
        Assert.All(perPart.Values, members => Assert.True(members < SafeMembers, $"{members:N0} members"));
    }

    /// <summary>
    /// A chain of 60,000 literal additions overflowed the compiler's stack (csc crashed at 10,000
    /// articles): no expression in the index may nest deeply, whatever the number of people.
    /// </summary>
    [Fact]
    public void TheIndexHasNoDeeplyNestedExpression()
    {
        var options = new CorpusOptions(null, Nullable: true, NamedMembersOptions.All, EquatableArray<DiagnosticInfo>.Empty);
        var source = Corpus.Generator.Emitting.CorpusIndexEmitter.Emit(new CorpusIndexEmission(Table.Corpora.Single(), options));
        var root = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source).GetRoot();
        var deepest = root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BinaryExpressionSyntax>()
            .Where(b => b.Parent is not Microsoft.CodeAnalysis.CSharp.Syntax.BinaryExpressionSyntax)
            .Select(Depth)
            .DefaultIfEmpty(0)
            .Max();
        Assert.InRange(deepest, 1, 500);
    }

    // Additions chain to the left; counted without recursion, since the chain may be the thing that is too deep.
    private static int Depth(Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax expression)
    {
        var depth = 0;
        while (expression is Microsoft.CodeAnalysis.CSharp.Syntax.BinaryExpressionSyntax binary)
        {
            depth++;
            expression = binary.Left;
        }
        return depth;
    }

    [Fact]
    public void ArticlesShareAboutThirtyTwoToAFile()
    {
        var buckets = Table.Articles.GroupBy(a => a.Name.Bucket).ToList();
        Assert.Equal(1024, buckets.Count);
        Assert.All(buckets, bucket => Assert.InRange(bucket.Count(), 1, 64));
        Assert.All(buckets, bucket => Assert.Equal(Enumerable.Range(0, bucket.Count()), bucket.Select(a => a.Name.Slot)));
    }

    // Distinct people need names the linker will not join: every letter doubled, so two names differ in
    // at least two letters (one is a transliteration: Rosa, Roza).
    private static string Word(int n, string stem)
    {
        var word = new System.Text.StringBuilder(stem);
        do
        {
            var letter = (char)('a' + n % 26);
            word.Append(letter).Append(letter);
            n /= 26;
        }
        while (n > 0);
        return word.ToString();
    }

    private static ArticleKey Key(int i)
    {
        var speakers = Enumerable.Range(0, 3).Select(s => Word(3 * i + s, "Al") + " " + Word(3 * i + s, "Mor")).ToArray();
        return new ArticleKey(
            new ArticlePlace($"/project/wire/{i:D5}.txt", $"wire/{i:D5}.txt", "Wire", $"{i:D5}"),
            // Names of their own: a name several figures share names none of them.
            Enumerable.Range(0, 14).Select(f => $"Figure{f}People{i}").ToEquatableArray(),
            speakers.Select(s => s.Replace(" ", "") + "Said").ToEquatableArray(),
            PeopleTable.Prepare(Corpus.Extraction.People.PeopleLinker.Prepare(
                $"wire/{i:D5}.txt",
                speakers.Select(s => new QuoteModel(Corpus.Extraction.Model.QuoteKind.Direct, default, null, null, s, null, null)).ToArray(),
                speakers.Select(s => new SpeakerModel(SpeakerKind.Person, s, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<TextRange>.Empty)).ToArray())));
    }
}
