using System;
using System.Linq;
using Corpus;
using Corpus.Sample;

// Every article, person, direct quote and figure of the seeds folder is a member, checked by the compiler.
Console.WriteLine($"Corpus: {Seeds.All.Count} articles, {Seeds.People.Count} speakers, {Seeds.Quotes.Count()} quotes, {Seeds.Figures.Count()} figures");
Console.WriteLine();

foreach (var article in Seeds.All)
{
    Console.WriteLine($"{article.Id}  {article.Title}");
    Console.WriteLine($"    {article.Paragraphs.Count} paragraphs, {article.Sentences.Count} sentences, {article.WordCount} words, " +
        $"{article.Quotes.Count} quotes, {article.Figures.Count} figures" + (article.Section is null ? "" : $", section {article.Section}"));
}

// One person across both articles, whichever spelling an article used.
var otunbayeva = Seeds.People.RozaOtunbayeva;
Console.WriteLine();
Console.WriteLine($"{otunbayeva.Name} (also {string.Join(", ", otunbayeva.Aliases)}):");
var hers =
    from q in Seeds.Quotes
    where q.Speaker == otunbayeva
    select q;
foreach (var quote in hers)
{
    var position = quote.Article.GetLinePosition(quote.Span.Start);
    Console.WriteLine($"  [{quote.Kind}] {quote.Article.Id}{position} \"{quote.SpeakerMention}\" {quote.Cue}: {quote.Text}");
}

Console.WriteLine();
Console.WriteLine($"Quoted via an agency: {Seeds.Quotes.TimakovaThisIsAnInternalConflict.Speaker} via {Seeds.Quotes.TimakovaThisIsAnInternalConflict.Via}");

Console.WriteLine();
Console.WriteLine("Casualty figures:");
var casualties =
    from f in Seeds.Figures
    where f.Kind == FigureKind.Count && f.Counts is "dead" or "killed" or "wounded" or "injured"
    orderby f.Counts, f.Value descending
    select f;
foreach (var figure in casualties)
{
    Console.WriteLine($"  {figure.Counts,-8} {figure.Qualifier,-9} {figure.Value,6}  \"{figure.Text}\"  ({figure.Article.Id})");
}
Console.WriteLine();
Console.WriteLine($"Named figure: Seeds.Figures.MoreThan60PeopleDead = {Seeds.Figures.MoreThan60PeopleDead.Qualifier} {Seeds.Figures.MoreThan60PeopleDead.Value} {Seeds.Figures.MoreThan60PeopleDead.Counts}");
