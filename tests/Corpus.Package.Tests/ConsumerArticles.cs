using Corpus.Package.Tests.Infrastructure;

namespace Corpus.Package.Tests;

/// <summary>
/// The consumers' own articles, included with <c>&lt;CorpusArticle Include="news/**/*.txt" /&gt;</c>:
/// one with front matter, one in a sub-folder with curly quotes and accented letters, one with CRLF
/// line ends. The corpus class is <c>News</c> (the folder the items come from) and the members are
/// named from the paths below it.
/// </summary>
internal static class ConsumerArticles
{
    public const string Include = "news/**/*.txt";

    public const string HarbourPath = "news/harbour-reopens.txt";
    public const string HarbourText =
        "---\n" +
        "title: Harbour reopens after storm\n" +
        "section: Local\n" +
        "---\n" +
        "The harbour reopened on Monday after a week of gales.\n" +
        "\n" +
        "Fishing boats were back at sea by noon.\n";

    public const string MarketPath = "news/market-report.txt";
    public const string MarketText =
        "Shares closed higher on Friday.\r\n" +
        "\r\n" +
        "Traders said the rally was broad.\r\n" +
        "\r\n" +
        "Bond yields were little changed.";

    public const string TalksPath = "news/world/paris-talks.txt";
    public const string TalksParagraph1 = "Talks resumed in Paris on Tuesday.";
    public const string TalksParagraph2 = "\u201CWe are close,\u201D said the envoy at the caf\u00E9 on the Champs-\u00C9lys\u00E9es.";
    public const string TalksParagraph3 = "A deal is expected this week.";
    public const string TalksText = TalksParagraph1 + "\n\n" + TalksParagraph2 + "\n\n" + TalksParagraph3 + "\n";

    public static void WriteTo(ConsumerProject project)
    {
        project.WriteText(HarbourPath, HarbourText);
        project.WriteText(MarketPath, MarketText);
        project.WriteText(TalksPath, TalksText);
    }
}
