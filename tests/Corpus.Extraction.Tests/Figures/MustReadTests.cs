namespace Corpus.Extraction.Tests.Figures;

/// <summary>
/// Every must-read rule of the figures spec, in several house styles (wire, British, American, Indian).
/// Each case lists all the figures of its sentence, in order: a missing or an extra figure fails it.
/// </summary>
public sealed class MustReadTests
{
    [Theory]
    [InlineData("Police said 1,500 people were arrested and 8000 troops deployed.",
        "Count '1,500' 1500 Exact people arrested", "Count '8000' 8000 Exact troops -")]
    [InlineData("Turnout was 47.3 per cent, against 2.5 per cent in the by-election.",
        "Percent '47.3 per cent' 47.3 Exact percent -", "Percent '2.5 per cent' 2.5 Exact percent -")]
    [InlineData("Three soldiers and twenty-six civilians died.",
        "Count 'Three' 3 Exact soldiers -", "Count 'twenty-six' 26 Exact civilians dead")]
    [InlineData("She bought a dozen eggs and a hundred and twelve apples.",
        "Count 'a dozen' 12 Exact eggs -", "Count 'a hundred and twelve' 112 Exact apples -")]
    [InlineData("Half of the voters stayed home, and one in five adults smokes.",
        "Proportion 'Half' 0.5 Exact voters -", "Proportion 'one in five' 0.2 Exact adults -")]
    [InlineData("The region has 2.5 million residents.", "Count '2.5 million' 2500000 Exact residents -")]
    [InlineData("The group lost $3bn last year.", "Money '$3bn' 3000000000 Exact USD -")]
    [InlineData("Its debt stands at £1.58bn.", "Money '£1.58bn' 1580000000 Exact GBP -")]
    [InlineData("The transfer cost 100m euros (£70m; $136m).",
        "Money '100m euros' 100000000 Exact EUR -", "Money '£70m' 70000000 Exact GBP -", "Money '$136m' 136000000 Exact USD -")]
    [InlineData("The fund raised 10M in a week.", "Count '10M' 10000000 Exact - -")]
    [InlineData("Prices rose 50 per cent.", "Percent '50 per cent' 50 Exact percent -")]
    [InlineData("Prices rose 50 percent.", "Percent '50 percent' 50 Exact percent -")]
    [InlineData("Prices rose 50%.", "Percent '50%' 50 Exact percent -")]
    [InlineData("Prices rose 50 pct, Reuters said.", "Percent '50 pct' 50 Exact percent -")]
    [InlineData("Between 200 and 300 people marched.", "Count 'Between 200 and 300' 200..300 Exact people -")]
    [InlineData("Tickets cost from £6 to £10.", "Money 'from £6 to £10' 6..10 Exact GBP -")]
    [InlineData("Growth will be 3% to 3.5% this year.", "Percent '3% to 3.5%' 3..3.5 Exact percent -")]
    [InlineData("Some 200-300 homes were flooded.", "Count 'Some 200-300' 200..300 About homes -")]
    [InlineData("The plan costs $5-10 million.", "Money '$5-10 million' 5000000..10000000 Exact USD -")]
    [InlineData("Dozens were injured and hundreds of homes destroyed.",
        "Count 'Dozens' 24 Vague people injured", "Count 'hundreds' 200 Vague homes -")]
    [InlineData("Thousands of people fled, and tens of thousands more are expected.",
        "Count 'Thousands' 2000 Vague people displaced", "Count 'tens of thousands' 20000 Vague - -")]
    [InlineData("Osh, the second largest city, was calm on the second day.",
        "Ordinal 'second' 2 Exact city -", "Ordinal 'second' 2 Exact day -")]
    [InlineData("It is the country's fifth-largest bank.", "Ordinal 'fifth' 5 Exact bank -")]
    [InlineData("A 17-year-old was arrested.", "Age '17-year-old' 17 Exact years -")]
    [InlineData("The victim, 34, was named by police.", "Age '34' 34 Exact years -")]
    [InlineData("Officials said 63 people had been killed and 838 were wounded.",
        "Count '63' 63 Exact people killed", "Count '838' 838 Exact people wounded")]
    [InlineData("The death toll has risen to 63.", "Count '63' 63 Exact people dead")]
    [InlineData("The death toll rose to 91 from 74.", "Count '91' 91 Exact people dead", "Count '74' 74 Exact people dead")]
    [InlineData("Unemployment fell from 5.1% to 4.8% in March.", "Percent '5.1%' 5.1 Exact percent -", "Percent '4.8%' 4.8 Exact percent -")]
    [InlineData("The clashes left more than 60 people dead and over 800 wounded.",
        "Count 'more than 60' 60 MoreThan people dead", "Count 'over 800' 800 MoreThan people wounded")]
    [InlineData("At least 85 people were killed.", "Count 'At least 85' 85 AtLeast people killed")]
    [InlineData("Nearly 40 houses burned and about 120 families were evacuated.",
        "Count 'Nearly 40' 40 About houses -", "Count 'about 120' 120 About families evacuated")]
    [InlineData("The airline will cut up to 700 jobs, but fewer than 50 pilots.",
        "Count 'up to 700' 700 AtMost jobs -", "Count 'fewer than 50' 50 LessThan pilots -")]
    [InlineData("The blast killed 12 and wounded 40.", "Count '12' 12 Exact people killed", "Count '40' 40 Exact people wounded")]
    [InlineData("The storm displaced 2,000 residents.", "Count '2,000' 2000 Exact residents displaced")]
    [InlineData("The company employs 12,000 staff in 30 countries.", "Count '12,000' 12000 Exact staff -", "Count '30' 30 Exact countries -")]
    [InlineData("The quake struck 10km south of the city, 35 kilometres deep.",
        "Measure '10km' 10 Exact km -", "Measure '35 kilometres' 35 Exact km -")]
    [InlineData("The ship carried 3,000 tonnes of grain for six days.",
        "Measure '3,000 tonnes' 3000 Exact tonnes -", "Measure 'six days' 6 Exact days -")]
    [InlineData("Temperatures reached 40C on Tuesday.", "Measure '40C' 40 Exact °C -")]
    [InlineData("Shares fell 5 per cent to 245p.", "Percent '5 per cent' 5 Exact percent -", "Money '245p' 2.45 Exact GBP -")]
    [InlineData("He raised Rs 5 crore for the trust.", "Money 'Rs 5 crore' 50000000 Exact INR -")]
    [InlineData("India imported 25 lakh tonnes of pulses.", "Measure '25 lakh tonnes' 2500000 Exact tonnes -")]
    [InlineData("Exports reached 120 mln tons, up 3.5 pct.", "Measure '120 mln tons' 120000000 Exact tons -", "Percent '3.5 pct' 3.5 Exact percent -")]
    [InlineData("Manchester United beat Chelsea 2-1 on Saturday.", "Score '2-1' 2..1 Exact - -")]
    [InlineData("The pair lost 6-4, 3-6, 7-5 in the final.",
        "Score '6-4' 6..4 Exact - -", "Score '3-6' 3..6 Exact - -", "Score '7-5' 7..5 Exact - -")]
    [InlineData("She finished the race in 10.49 seconds.", "Measure '10.49 seconds' 10.49 Exact seconds -")]
    [InlineData("More than two thirds of the vote went to the ruling party.", "Proportion 'More than two thirds' 0.666667 MoreThan vote -")]
    [InlineData("The world number one lost in the first round.", "Ordinal 'number one' 1 Exact - -", "Ordinal 'first' 1 Exact round -")]
    [InlineData("It cost $2.5 million, or about 45 cents a share.", "Money '$2.5 million' 2500000 Exact USD -", "Money 'about 45 cents' 0.45 About USD -")]
    [InlineData("Rescuers found 12 survivors, but 63 remain missing.", "Count '12' 12 Exact survivors -", "Count '63' 63 Exact people missing")]
    [InlineData("A magnitude 7.8 earthquake struck, and a 6.1 magnitude aftershock followed.",
        "Measure 'magnitude 7.8' 7.8 Exact magnitude -", "Measure '6.1 magnitude' 6.1 Exact magnitude -")]
    [InlineData("Two crashes killed 346 people.", "Count 'Two' 2 Exact crashes -", "Count '346' 346 Exact people killed")]
    [InlineData("Nadal won his 22nd title at the age of 36.", "Ordinal '22nd' 22 Exact title -", "Age '36' 36 Exact years -")]
    [InlineData("The 10 men, aged between 19 and 45, appeared in court.", "Count '10' 10 Exact men -", "Age 'between 19 and 45' 19..45 Exact years -")]
    [InlineData("Three of the victims were children.", "Count 'Three' 3 Exact victims -")]
    [InlineData("The death toll from the floods climbed to 1,033, with 1,527 injured.",
        "Count '1,033' 1033 Exact people dead", "Count '1,527' 1527 Exact people injured")]
    [InlineData("Temperatures ranged from -18C to -34C.", "Measure 'from -18C to -34C' -34..-18 Exact °C -")]
    [InlineData("Voters backed it by 55 to 45 per cent.", "Percent '55' 55 Exact percent -", "Percent '45 per cent' 45 Exact percent -")]
    public void Reads(string sentence, params string[] figures) =>
        Assert.Equal(figures, FigureText.Describe(sentence));
}
