namespace Corpus.Benchmarks.Infrastructure;

/// <summary>
/// Code a user would write against the corpus, compiled into the corpus assembly beside the generated
/// code, so runtime benches call it as compiled C# (a named member, a LINQ query) rather than through
/// reflection, whose own caches would scale with the 10,000 members and hide the generated code's cost.
/// </summary>
internal static class ProbeSource
{
    public const string TypeName = ConsumerProject.RootNamespace + ".Probe";

    /// <summary>The queries the runtime benches run, each also written against the engine's model in <see cref="StartupCorpus"/>.</summary>
    public const string QuoteWord = "help";
    public const string SentenceWord = "Osh";
    public const decimal FigureAbove = 1000m;

    public static string For(string member, string personMember) => $$"""
        using System.Linq;

        namespace Consumer
        {
            public static class Probe
            {
                // A named member: creates one article and reads what was extracted, not its text.
                public static int ArticleByName() => Articles.{{member}}.Title.Length + Articles.{{member}}.Sentences.Count;

                // The same article, then its text: the embedded resource is read, decoded and verified.
                public static int ArticleTextByName() => Articles.{{member}}.Text.Length;

                // The same article's quotes and who said each: the corpus's people are read for the speakers.
                public static int SpeakersByName() => Articles.{{member}}.Quotes.Count(q => q.Speaker is not null);

                // One person, by position: the middle one of the corpus's people.
                public static int PersonByPosition() => Articles.People[Articles.People.Count / 2].Name.Length;

                // One person, by the member that names them: the table of members is read for where they are.
                public static int PersonByName() => Articles.People.{{personMember}}.Name.Length;

                public static object? FirstQuote() =>
                    Articles.All.SelectMany(a => a.Quotes).FirstOrDefault(q => q.Text.Contains("{{QuoteWord}}"));

                public static int EveryQuote() =>
                    Articles.All.SelectMany(a => a.Quotes).Count(q => q.Text.Contains("{{QuoteWord}}"));

                public static object? FirstSentence() =>
                    Articles.All.SelectMany(a => a.Sentences).FirstOrDefault(s => s.Text.Contains("{{SentenceWord}}"));

                public static int EverySentence() =>
                    Articles.All.SelectMany(a => a.Sentences).Count(s => s.Text.Contains("{{SentenceWord}}"));

                public static object? FirstFigure() =>
                    Articles.All.SelectMany(a => a.Figures).FirstOrDefault(f => f.Value > {{FigureAbove}}m);

                public static int EveryFigure() =>
                    Articles.All.SelectMany(a => a.Figures).Count(f => f.Value > {{FigureAbove}}m);
            }
        }
        """;
}
