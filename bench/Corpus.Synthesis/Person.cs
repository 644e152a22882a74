namespace Corpus.Synthesis;

/// <summary>
/// Someone in a story. Writers introduce a person in full once ("interim President Rosa Otunbayeva")
/// and then shorten ("Ms. Otunbayeva", "Otunbayeva", "she", "the president"): the synthesizer does too,
/// so quote attribution meets the same variety of mentions as in real copy.
/// </summary>
internal sealed class Person
{
    private bool _introduced;

    public Person(string first, string last, bool female, string role, string? of)
    {
        First = first;
        Last = last;
        Female = female;
        Role = role;
        Of = of;
    }

    public string First { get; }

    public string Last { get; }

    public bool Female { get; }

    public string Role { get; }

    /// <summary>What the role is of: a country, a city or an organisation ("Kyrgyz", "of the Red Cross").</summary>
    public string? Of { get; }

    public string Pronoun => Female ? "she" : "he";

    public string Honorific => Female ? "Ms." : "Mr.";

    /// <summary>The way a writer names this person now: in full the first time, shorter after.</summary>
    public string Mention(SynthesisRandom random)
    {
        if (!_introduced)
        {
            _introduced = true;
            return Full;
        }
        switch (random.Next(5))
        {
            case 0: return Honorific + " " + Last;
            case 1: return Last;
            case 2: return "the " + Role.ToLowerInvariant();
            case 3: return First + " " + Last;
            default: return Honorific + " " + Last;
        }
    }

    public string Full => Of is null ? $"{Role} {First} {Last}" : $"{Of} {Role} {First} {Last}";
}
