using System;

namespace Corpus.Extraction.People;

/// <summary>
/// A person's name as the linker compares it: the folded surname (without "Jr." and the like) and the
/// given name's key (<see cref="NameKeys.GivenKey"/>), or no given name when the name is a surname alone.
/// </summary>
internal readonly struct PersonName
{
    private PersonName(string? givenKey, string surname)
    {
        GivenKey = givenKey;
        Surname = surname;
    }

    public string? GivenKey { get; }

    public string Surname { get; }

    public static PersonName Parse(string name)
    {
        var words = name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return new PersonName(null, "");
        var last = words.Length - 1;
        while (last > 0 && NameKeys.Fold(words[last]).TrimEnd('.') is "jr" or "sr" or "ii" or "iii" or "iv") last--;
        return new PersonName(last > 0 ? NameKeys.GivenKey(words[0]) : null, NameKeys.Person(words[last]));
    }
}
