using System;
using System.Collections.Generic;

namespace Corpus.Synthesis;

/// <summary>
/// One article's cast and setting, and the reporter's sentences about it. Everything is drawn once
/// per article, so a story stays about one place and one event and its people are named consistently.
/// </summary>
internal sealed class Story
{
    private readonly SynthesisRandom _random;
    private readonly HashSet<string> _used = new();

    public Story(SynthesisRandom random)
    {
        _random = random;
        Country = random.Pick(Vocabulary.Countries);
        OtherCountry = random.PickOther(Vocabulary.Countries, Country);
        City = random.Pick(Vocabulary.Cities);
        Agency = random.Pick(Vocabulary.Agencies);
        Organisation = random.Pick(Vocabulary.Organisations);
        Day = random.Pick(Vocabulary.Days);
        Section = random.Pick(Vocabulary.Sections);
        Topic = random.Pick(Topic.All);
        Curly = random.Chance(0.6);

        var count = random.Between(3, 6);
        for (var i = 0; i < count; i++) People.Add(NewPerson(random));
    }

    public string Country { get; }

    public string OtherCountry { get; }

    public string City { get; }

    public string Agency { get; }

    public string Organisation { get; }

    public string Day { get; }

    public string Section { get; }

    public Topic Topic { get; }

    /// <summary>Typographic (“ ” ’) or typewriter (" ') marks: wire copy comes in both.</summary>
    public bool Curly { get; }

    public List<Person> People { get; } = new();

    public string Open => Curly ? "\u201C" : "\"";

    public string Close => Curly ? "\u201D" : "\"";

    public string Apostrophe => Curly ? "\u2019" : "'";

    public Person Someone() => _random.Pick(People);

    public string Possessive(string noun) => noun + Apostrophe + (noun.EndsWith("s") ? "" : "s");

    public string Headline() => _random.Next(4) switch
    {
        0 => $"{Capital(Country)} rules out sending troops to {OtherCountry}",
        1 => $"{Capital(Topic.ShortEvent.Replace("the ", ""))} in {City}: death toll rises",
        2 => $"{Someone().Last} appeals for help as {Topic.ShortEvent} spread",
        _ => $"{Organisation} calls for calm in {Country}",
    };

    public string Lead()
    {
        var figure = Figures.Count(_random);
        var other = Figures.Count(_random);
        return _random.Next(4) switch
        {
            0 => $"{Capital(Country)} on {Day} refused to send its forces to {OtherCountry} as its government begged for help to control {Topic.Event} in {City}, which has left {figure} people {Topic.Harmed} and {other} {Topic.Hurt}.",
            1 => $"{Capital(Topic.Event)} in the {Ordinal()} largest city of {Country}, {City}, has left {figure} people {Topic.Harmed} and {other} {Topic.Hurt}, officials said on {Day}.",
            2 => $"Authorities in {City} {Action()} on {Day} after {Topic.Event} left {figure} people {Topic.Harmed}, according to {Agency}.",
            _ => $"The government of {Country} {Action()} {_random.Pick(Vocabulary.Weekparts)} as {Topic.Event} spread to {City}, where {figure} people have been {Topic.Hurt}.",
        };
    }

    public string Background() => Fresh(() => _random.Next(16) switch
    {
        0 => $"{Capital(Country)} has a pact with its former partners which can be invoked to send forces into member countries.",
        1 => $"Local media reports said that any {Organisation} decision would have to be cleared by {OtherCountry}.",
        2 => $"Meanwhile, the government has {Action()} in {City}, which has a population of {Figures.Count(_random)}.",
        3 => $"{City} was reported to be black with smoke as {Topic.ShortEvent} continued for the {Ordinal()} day.",
        4 => $"Both {OtherCountry} and {Country} have interests in the region, located just outside {City}.",
        5 => $"The current crisis followed unrest in {_random.Pick(Vocabulary.Months)} when supporters of the former government clashed with the police in {City}.",
        6 => $"{Capital(Country)} is expected to vote on a new constitution later this month, followed by parliamentary elections in {_random.Pick(Vocabulary.Months)}.",
        7 => $"Air Force helicopters were hovering over {City} {_random.Pick(Vocabulary.Weekparts)}.",
        8 => $"There was an acute shortage of food and medicines in {City} after almost all the stores had been looted.",
        9 => $"The {Organisation} has called for restraint \u2014 a call echoed by the U.S. and the E.U. on {Day}.",
        10 => $"Flights between {City} and {_random.PickOther(Vocabulary.Cities, City)} were cancelled... and trains ran hours late.",
        11 => $"Dr. {_random.Pick(Vocabulary.Surnames)} of the {Organisation} warned that the situation in {City} could deteriorate further.",
        12 => $"Police also beefed up security around the embassies of {OtherCountry} and {_random.PickOther(Vocabulary.Countries, OtherCountry)} in {City}.",
        13 => $"Residents said shops and markets in the centre of {City} had stayed shut since {Day}, and queues formed at the few open bakeries.",
        14 => $"The {Organisation} had warned of a crisis in {Country} as early as {Figures.Year(_random)}, in a report that was never made public.",
        _ => $"Opposition parties accused the government of failing to act, while state television showed ministers visiting {City}.",
    });

    public string FigureSentence() => Fresh(() => _random.Next(16) switch
    {
        0 => $"The official death toll given out by the health ministry said {Figures.Count(_random)} people had been {Topic.Harmed} so far and {Figures.Count(_random)} were {Topic.Hurt}.",
        1 => $"The region, which has a {Figures.Percent(_random)} minority population, lies {Figures.Distance(_random)} from the capital.",
        2 => $"The {Organisation} pledged {Figures.Money(_random)} in emergency aid, and {OtherCountry} promised a further {Figures.Money(_random)}.",
        3 => $"A Russian {_random.Pick(Vocabulary.Designators)} was being sent to evacuate {Figures.Count(_random)} seriously injured people.",
        4 => $"Officials said {Figures.Range(_random)} people were still sheltering in schools.",
        5 => $"Prices rose by {Figures.Percent(_random)} in {_random.Pick(Vocabulary.Months)}, the fastest pace since {Figures.Year(_random)}.",
        6 => $"At least {_random.Between(2, 90)} people were killed and {Figures.Count(_random)} others injured in clashes on {Figures.Date(_random)}.",
        7 => $"Some {Figures.Tonnage(_random)} of aid reached {City} on {Day}, enough for {Figures.Count(_random)} families for {_random.Between(2, 14)} days.",
        8 => $"Turnout was {Figures.Percent(_random)}, against {Figures.Percent(_random)} in {Figures.Year(_random)}.",
        9 => $"The damage is estimated at {Figures.Money(_random)}, or about {Figures.Percent(_random)} of the region{Apostrophe}s output.",
        10 => $"Two {_random.Pick(Vocabulary.Designators)} aircraft and {Figures.Count(_random)} troops arrived in {City} {_random.Pick(Vocabulary.Weekparts)}.",
        11 => $"Thousands of people have fled towards the border, {Figures.Range(_random)} of them children, the {Organisation} said.",
        12 => $"The {Ordinal()} convoy, of {_random.Between(12, 80)} lorries carrying {Figures.Tonnage(_random)}, left {City} at {_random.Between(1, 11)} a.m. on {Day}.",
        13 => $"Unemployment in the region stands at {Figures.Percent(_random)}, and the average monthly wage is {Figures.Money(_random)}.",
        14 => $"Winds of up to {_random.Between(40, 160)} km/h and temperatures of {_random.Between(30, 45)} degrees Celsius were forecast for {Day}.",
        _ => $"In {Figures.Year(_random)}, a similar crisis cost {Country} {Figures.Money(_random)} and left {Figures.Count(_random)} people homeless.",
    });

    public string Reported(Person person) => Fresh(() => _random.Next(10) switch
    {
        0 => $"{Capital(person.Mention(_random))} said that the government had {Action()} and would {Verb()} the {Organisation}.",
        1 => $"According to {person.Mention(_random)}, {Topic.ShortEvent} had affected {Figures.Count(_random)} people in {City}.",
        2 => $"{Capital(person.Mention(_random))} has ordered officials to render immediate assistance, {Agency} reported.",
        3 => $"Last night, {person.Mention(_random)} spoke to {Someone().Full} and sought help, conceding an inability to control the situation.",
        4 => $"{Capital(person.Mention(_random))} told reporters on {Day} that a written appeal had been sent to {OtherCountry}.",
        5 => $"{Capital(Topic.ShortEvent)} could end within days, {person.Mention(_random)} said, but gave no details.",
        6 => $"{Capital(person.Mention(_random))} denied reports that {OtherCountry} had been asked to send troops.",
        7 => $"In a televised address, {person.Mention(_random)} urged people in {City} to stay at home and follow the instructions of the police.",
        8 => $"{Capital(person.Mention(_random))} is due to meet the leaders of {OtherCountry} in {_random.Pick(Vocabulary.Cities)} on {_random.Pick(Vocabulary.Days)}.",
        _ => $"{Capital(person.Mention(_random))} blamed supporters of the former government for {Topic.ShortEvent}.",
    });

    /// <summary>A sentence someone says, in the first person, with its end mark.</summary>
    public string Speech() => Fresh(() => _random.Next(16) switch
    {
        0 or 1 => Capital(_random.Pick(Topic.Demands)) + ".",
        2 => $"We have asked {OtherCountry} for this.",
        3 => $"I have written a letter to this effect to {Someone().Full}.",
        4 => $"More than {_random.Between(2, 900)} families have lost their homes.",
        5 => "Where is the help we were promised?",
        6 => $"We need {Figures.Money(_random)} just to get through the next {_random.Between(2, 12)} weeks.",
        7 => $"I believe all the existing problems will be resolved by the {Country} authorities.",
        8 => $"This is not the time for politics{(Curly ? "\u2014" : " -- ")}it is the time to help people.",
        9 => Capital(_random.Pick(Topic.Demands)) + $", and we have said so to the {Organisation}.",
        10 => $"My family has been in {City} for {_random.Between(3, 9)} generations and we have never seen anything like it.",
        11 => $"The first {_random.Between(2, 40)} lorries are already on the road.",
        12 => $"We are doing everything we can, but we cannot do it alone.",
        13 => $"Nobody from the government has come here, not once.",
        14 => $"The {Organisation} has been very helpful, and so has {OtherCountry}.",
        _ => $"I don{Apostrophe}t know what will happen tomorrow.",
    });

    /// <summary>A few words quoted inside the reporter's own sentence.</summary>
    public string Fragment() => _random.Next(5) switch
    {
        0 => "they have other duties to perform",
        1 => "ally and a close partner",
        2 => "unacceptable",
        3 => "a crisis without precedent",
        _ => "a humanitarian catastrophe",
    };

    public string Action() => _random.Pick(Topic.Actions);

    // Writers rarely repeat a sentence word for word: draw again (a few times) when one comes up twice.
    private string Fresh(Func<string> sentence)
    {
        var text = sentence();
        for (var attempt = 0; attempt < 6 && !_used.Add(text); attempt++) text = sentence();
        return text;
    }

    private string Verb() => _random.Pick(new[] { "consult", "brief", "ask for help from", "cooperate with" });

    private string Ordinal() => _random.Pick(new[] { "second", "third", "fourth" });

    public static string Capital(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static Person NewPerson(SynthesisRandom random)
    {
        var female = random.Chance(0.4);
        var first = random.Pick(female ? Vocabulary.FemaleFirstNames : Vocabulary.MaleFirstNames);
        var last = random.Pick(Vocabulary.Surnames);
        var role = random.Pick(Vocabulary.Roles);
        string? of = random.Next(4) switch
        {
            0 => "interim",
            1 => random.Pick(new[] { "Kyrgyz", "Russian", "Kazakh", "Turkish", "Indian", "French", "Nigerian", "Brazilian" }),
            _ => null,
        };
        return new Person(first, last, female, role, of);
    }
}
