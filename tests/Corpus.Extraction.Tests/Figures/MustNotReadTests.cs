namespace Corpus.Extraction.Tests.Figures;

/// <summary>
/// Numbers that are not quantities: designators, names with digits, years, dates, times, phone numbers,
/// "one" as a pronoun. Each case lists all the figures its sentence does have, so a stray figure fails it.
/// </summary>
public sealed class MustNotReadTests
{
    [Theory]
    [InlineData("A Russian Il-76 airliner was sent to Osh.")]
    [InlineData("The IL-76 landed at Manas.")]
    [InlineData("The Airbus A321 and a Boeing 747 were grounded.")]
    [InlineData("Two F-16 jets escorted the plane.", "Count 'Two' 2 Exact jets -")]
    [InlineData("Flight MH17 was shot down over Ukraine.")]
    [InlineData("STS-135 was the last shuttle mission.")]
    [InlineData("The Boeing 747-400 is being retired.")]
    [InlineData("Kyrgyzstan held elections in 2010.")]
    [InlineData("The vote is on June 10, the ministry said.")]
    [InlineData("The attacks of 11 September 2001 changed everything.")]
    [InlineData("The attacks of September 11, 2001 changed everything.")]
    [InlineData("Trading resumed on Sept. 30 after the 2008 crisis.")]
    [InlineData("The blast happened at 3:50 p.m. local time.")]
    [InlineData("The quake struck at 1130 GMT on Monday.")]
    [InlineData("The curfew starts at 6pm and ends at 6 am.")]
    [InlineData("Witnesses called 911 from the scene.")]
    [InlineData("He told Radio 4 that the G8 and COVID-19 were discussed on Route 66.")]
    [InlineData("That could only happen if one of the block was attacked.")]
    [InlineData("The one you mentioned is invalid, and no one knows why.")]
    [InlineData("One is required to register, one said.")]
    [InlineData("The company reported one-time gains.")]
    [InlineData("Call the hotline on 0800 123 456 or +44 20 7946 0018.")]
    [InlineData("The 5G network and the 13F filing were approved.")]
    [InlineData("Prices were last seen in the 1990s, before the '08 crash.")]
    [InlineData("See page 5 and phase 3 of the plan.")]
    [InlineData("The fiscal 2010-11 budget was passed.")]
    [InlineData("The rupee is at 192.168.1.2 in the log, version 1.2.3.")]
    [InlineData("He arrived for the first time, and at first nobody noticed.")]
    [InlineData("First, the talks; second, the vote.")]
    [InlineData("The Second World War ended in 1945.")]
    [InlineData("The 21st century began with the 9/11 attacks.")]
    [InlineData("Most of the damage was in the second half and the first half of 2010.", "Ordinal 'second' 2 Exact half -", "Ordinal 'first' 1 Exact half -")]
    [InlineData("It was a 24/7 operation, according to the Fifth Avenue store.")]
    [InlineData("The price is listed at http://example.com/item?id=1750&page=2 today.")]
    [InlineData("On Friday 13th the markets fell, and on the 21st they recovered.")]
    [InlineData("The M25 was closed between junctions 10 and 11 after a 12-car pile-up.", "Count '12' 12 Exact car -")]
    [InlineData("He lives at 10 Downing Street.")]
    [InlineData("Hurricane Ian made landfall as a Category 4 storm.")]
    [InlineData("Witnesses said it was over within a second.")]
    public void Ignores(string sentence, params string[] figures) =>
        Assert.Equal(figures, FigureText.Describe(sentence));

    [Theory]
    [InlineData("Some 1500 troops arrived.", "Count 'Some 1500' 1500 About troops -")]
    [InlineData("Police arrested 2000 people in 2010.", "Count '2000' 2000 Exact people arrested")]
    [InlineData("The bill came to $2000 in 2009.", "Money '$2000' 2000 Exact USD -")]
    [InlineData("Numbers range from 1000 to 5000.", "Count 'from 1000 to 5000' 1000..5000 Exact - -")]
    public void Reads_four_digit_counts_that_are_not_years(string sentence, params string[] figures) =>
        Assert.Equal(figures, FigureText.Describe(sentence));
}
