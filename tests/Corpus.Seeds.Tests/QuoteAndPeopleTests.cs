using System.Linq;

namespace Corpus.Seeds.Tests;

/// <summary>Quotes, speakers and people as a user reaches them: named members, checked by the compiler, and LINQ.</summary>
public class QuoteAndPeopleTests
{
    [Fact]
    public void OnePersonAcrossArticlesWhateverTheSpelling()
    {
        var otunbayeva = Seeds.People.RozaOtunbayeva;

        Assert.Same(otunbayeva, Seeds.People.RosaOtunbayeva);
        Assert.Contains("Roza Otunbayeva", otunbayeva.Aliases.Append(otunbayeva.Name));
        Assert.Contains("Rosa Otunbayeva", otunbayeva.Aliases.Append(otunbayeva.Name));
        Assert.Equal(PersonKind.Person, otunbayeva.Kind);
        Assert.Equal(2, otunbayeva.Quotes.Select(q => q.Article).Distinct().Count());
    }

    [Fact]
    public void LinqOverQuotesBySpeaker()
    {
        var direct =
            from q in Seeds.Quotes
            where q.Speaker == Seeds.People.RozaOtunbayeva && q.Kind == QuoteKind.Direct
            select q.Text;

        Assert.Contains(direct, t => t.StartsWith("The situation in Osh has spun out of control"));
        Assert.Contains(direct, t => t.StartsWith("Since yesterday evening the situation has gone over the edge"));
        Assert.DoesNotContain(direct, t => t.StartsWith("I believe all the existing problems"));
    }

    [Fact]
    public void NamedQuotesAreTheQuotesTheyName()
    {
        var quote = Seeds.Quotes.TimakovaThisIsAnInternalConflict;

        Assert.Equal("This is an internal conflict and so far Russia does not see any ground for its involvement in resolving it", quote.Text);
        Assert.Same(Seeds.People.NataliaTimakova, quote.Speaker);
        Assert.Equal("ITAR-TASS news agency", quote.Via);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Same(Seeds.Article000Dcf93b46243cb9cc, quote.Article);
        Assert.Equal(quote.Text, quote.Article.Text.Substring(quote.Span.Start, quote.Span.Length));
    }

    [Fact]
    public void PronounsAndRolesResolveToThePersonTheyReferTo()
    {
        var medvedev = Seeds.Quotes.First(q => q.Text.StartsWith("I believe all the existing problems"));
        var interimLeader = Seeds.Quotes.First(q => q.Text.StartsWith("Since yesterday evening"));

        Assert.Same(Seeds.People.DmitryMedvedev, medvedev.Speaker);
        Assert.Equal("he", medvedev.SpeakerMention);
        Assert.Same(Seeds.People.RozaOtunbayeva, interimLeader.Speaker);
        Assert.Equal("the interim leader", interimLeader.SpeakerMention);
    }

    [Fact]
    public void TheAgencyIsNeverTheSpeaker()
    {
        Assert.DoesNotContain(Seeds.Quotes, q => q.Speaker?.Name.Contains("TASS", System.StringComparison.OrdinalIgnoreCase) == true);
        Assert.All(Seeds.Quotes.Where(q => q.Via is not null), q => Assert.Contains("tass", q.Via!, System.StringComparison.OrdinalIgnoreCase));
    }
}
