using Corpus.Extraction.Model;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Emitting;

/// <summary>
/// One generated file of people's members (<see cref="PeopleFiles"/>). Each member finds its person by
/// its own name (<c>Named(nameof(RozaOtunbayeva))</c>), through the table the corpus's index file carries,
/// so the file says nothing of where the person is among the others; a member for another spelling of
/// a name returns the person's own member.
/// </summary>
internal static class PeopleFileEmitter
{
    public static string Emit(PeopleFile file)
    {
        var options = file.Options;
        var people = file.Members.Count == 1 ? "1 person" : file.Members.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " people";
        var writer = SourceFile.Begin(options, $"{people} of {file.CorpusClass.TrimStart('@')}, each a member of its people's list");
        writer.Open("partial class " + file.CorpusClass);
        if (file.Part < 0)
        {
            writer.Open("partial class PersonList");
        }
        else
        {
            writer.Open("partial class " + ListParts.ClassName);
            writer.Open("partial class People" + Literal.Int(file.Part));
        }

        for (var i = 0; i < file.Members.Count; i++)
        {
            if (i > 0) writer.Line();
            WriteMember(writer, file.Members[i]);
        }

        if (file.Part >= 0) writer.Close();
        writer.Close();
        writer.Close();
        return SourceFile.End(writer, options);
    }

    // Written in parts, not lines made whole first: a corpus of 20,000 articles has 57,000 people.
    private static void WriteMember(CodeWriter writer, PersonMember person)
    {
        var name = DocText.Escape(person.Name);
        writer.StartLine().Text("/// <summary>").Text(name).Text(" (").Text(KindWord(person.Kind)).Text(", ")
            .Text(Plural.Of(person.QuoteCount, "quote")).Text(")</summary>").EndLine();
        if (person.Aliases.Count > 0 || person.Roles.Count > 0)
        {
            writer.StartLine().Text("/// <remarks>");
            if (person.Aliases.Count > 0) WriteList(writer, "Also: ", person.Aliases);
            if (person.Roles.Count > 0) WriteList(writer, person.Aliases.Count > 0 ? " Roles: " : "Roles: ", person.Roles);
            writer.Text("</remarks>").EndLine();
        }
        writer.StartLine().Text("public global::Corpus.Person ").Text(person.Member)
            .Text(" => Named(nameof(").Text(person.Member).Text("));").EndLine();
        foreach (var alias in person.AliasMembers)
        {
            writer.Line();
            writer.StartLine().Text("/// <summary>").Text(name).Text(", under another spelling the articles use: the same <see cref=\"")
                .Text(person.Member).Text("\"/>.</summary>").EndLine();
            writer.StartLine().Text("public global::Corpus.Person ").Text(alias).Text(" => ").Text(person.Member).Text(";").EndLine();
        }
    }

    // "Also: a, b." as the hover text shows it.
    private static void WriteList(CodeWriter writer, string label, EquatableArray<string> items)
    {
        writer.Text(label);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) writer.Text(", ");
            writer.Text(DocText.Escape(items[i]));
        }
        writer.Text(".");
    }

    private static string KindWord(SpeakerKind kind) => kind switch
    {
        SpeakerKind.Organisation => "organisation",
        SpeakerKind.Description => "description",
        _ => "person",
    };
}
