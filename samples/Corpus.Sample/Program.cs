using System;
using System.Linq;
using Corpus.Sample;

// Every article of the seeds folder is a member of Seeds, checked by the compiler.
var lead = Seeds.Article000Dcf93b46243cb9cc;
Console.WriteLine($"Corpus: {Seeds.All.Count} articles");
Console.WriteLine();

foreach (var article in Seeds.All)
{
    Console.WriteLine($"{article.Id}  {article.Title}");
    Console.WriteLine($"    {article.Paragraphs.Count} paragraphs, {article.Sentences.Count} sentences, {article.WordCount} words" +
        (article.Section is null ? "" : $", section {article.Section}"));
}

Console.WriteLine();
Console.WriteLine("Sentences that mention Osh:");
var aboutOsh =
    from article in Seeds.All
    from sentence in article.Sentences
    where sentence.Text.Contains("Osh")
    select (article.Id, sentence);
foreach (var (id, sentence) in aboutOsh)
{
    var position = sentence.Article.GetLinePosition(sentence.Span.Start);
    Console.WriteLine($"  {id}{position}: {sentence.Text}");
}

Console.WriteLine();
Console.WriteLine($"Longest paragraph of \"{lead.Title}\":");
Console.WriteLine("  " + lead.Paragraphs.OrderByDescending(p => p.Span.Length).First().Text);
