using System;
using System.Globalization;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Generator.Model;

namespace Corpus.Generator.Emitting;

/// <summary>
/// One file per corpus class: the class itself, <c>All</c>, the <c>Quotes</c> and <c>Figures</c> lists
/// and the <c>People</c>. Items are reached through switches split in blocks of 256, because one method
/// with 20,000 cases is more than the JIT will optimize, and one array initializer that large is a
/// start-up cost paid before the first article is read.
/// </summary>
internal static class CorpusIndexEmitter
{
    private const int BlockSize = 256;

    public static string Emit(CorpusIndexEmission emission)
    {
        var (corpus, options) = (emission.Corpus, emission.Options);
        var count = corpus.Members.Count;
        var className = corpus.ClassName;

        var writer = SourceFile.Begin(options, "Corpus " + className.TrimStart('@'));
        writer.Line($"/// <summary>The <c>{className.TrimStart('@')}</c> corpus: {Plural(count, "article")} and {Plural(corpus.People.Count, "speaker")}, each a member of this class.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"Corpus\", \"" + Version + "\")]");
        writer.Open($"public static partial class {className}");

        writer.Line("/// <summary>Every article of the corpus, ordered by path. Articles are created on first access.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Corpus.Article> All { get; } =");
        writer.Indent().Line($"new global::Corpus.Runtime.LazyList<global::Corpus.Article>({Literal.Int(count)}, Article_At);").Outdent();
        writer.Line();
        writer.Line("/// <summary>Every quote of the corpus, article after article; each direct quote is also a named member.</summary>");
        writer.Line("public static QuoteList Quotes { get; } = new QuoteList();");
        writer.Line();
        writer.Line("/// <summary>Every figure of the corpus, article after article, each also a named member.</summary>");
        writer.Line("public static FigureList Figures { get; } = new FigureList();");
        writer.Line();
        writer.Line("/// <summary>Everyone who speaks in the corpus, once each across its articles, each also a named member.</summary>");
        writer.Line("public static PersonList People { get; } = new PersonList();");

        WriteBlockedSwitch(writer, "private static global::Corpus.Article", "Article_At", count, i => $"return {corpus.Members[i]};");

        WriteItemsClass(writer, "QuoteList", "Quote", "Quotes", "The quotes of the corpus: enumerate them with LINQ, or name one.");
        WriteItemsClass(writer, "FigureList", "Figure", "Figures", "The figures of the corpus: enumerate them with LINQ, or name one.");
        WritePeople(writer, corpus);

        writer.Close();
        return SourceFile.End(writer, options);
    }

    private static void WriteItemsClass(CodeWriter writer, string name, string item, string property, string summary)
    {
        writer.Line();
        writer.Line($"/// <summary>{summary}</summary>");
        writer.Open($"public sealed partial class {name} : global::Corpus.Runtime.CorpusItems<global::Corpus.{item}>");
        writer.Line($"internal {name}()");
        writer.Indent().Line($": base(All, article => article.{property})").Outdent();
        writer.Line("{");
        writer.Line("}");
        writer.Close();
    }

    private static void WritePeople(CodeWriter writer, CorpusIndex corpus)
    {
        var people = corpus.People;
        writer.Line();
        writer.Line("/// <summary>The people, organisations and sources who speak in the corpus: enumerate them, or name one.</summary>");
        writer.Open("public sealed partial class PersonList : global::Corpus.Runtime.ItemList<global::Corpus.Person>");
        writer.Line("internal PersonList()");
        writer.Indent().Line($": base({Literal.Int(people.Count)})").Outdent();
        writer.Line("{");
        writer.Line("}");

        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            writer.Line();
            writer.Line($"/// <summary>{DocText.Escape(person.Name)} ({Kind(person.Kind).ToLowerInvariant()}, {Plural(person.Quotes.Count / 2, "quote")})</summary>");
            if (person.Aliases.Count > 0 || person.Roles.Count > 0)
            {
                var aliases = person.Aliases.Count > 0 ? "Also: " + string.Join(", ", person.Aliases.Select(a => DocText.Escape(a))) + "." : "";
                var roles = person.Roles.Count > 0 ? " Roles: " + string.Join(", ", person.Roles.Select(r => DocText.Escape(r))) + "." : "";
                writer.Line($"/// <remarks>{(aliases + roles).Trim()}</remarks>");
            }
            writer.Line($"public global::Corpus.Person {person.Member} => this[{Literal.Int(i)}];");
            foreach (var alias in person.AliasMembers)
            {
                writer.Line();
                writer.Line($"/// <summary>{DocText.Escape(person.Name)}, under another spelling the articles use: the same <see cref=\"{person.Member}\"/>.</summary>");
                writer.Line($"public global::Corpus.Person {alias} => this[{Literal.Int(i)}];");
            }
        }

        WriteBlockedSwitch(writer, "protected override global::Corpus.Person", "Create", people.Count, i => CreatePerson(people[i]), blockModifiers: "private global::Corpus.Person");
        writer.Close();
    }

    private static string CreatePerson(PersonEntry person) =>
        "return global::Corpus.Runtime.PersonFactory.Create(" +
        $"{Literal.String(person.Name)}, global::Corpus.PersonKind.{Kind(person.Kind)}, " +
        $"{Strings(person.Aliases)}, {Strings(person.Roles)}, All, " +
        (person.Quotes.Count == 0 ? "new int[0]);" : $"new int[] {{ {string.Join(", ", person.Quotes.Select(Literal.Int))} }});");

    private static string Strings(EquatableArray<string> values) =>
        values.Count == 0 ? "new string[0]" : "new string[] { " + string.Join(", ", values.Select(v => Literal.String(v))) + " }";

    private static string Kind(SpeakerKind kind) => kind switch
    {
        SpeakerKind.Organisation => "Organisation",
        SpeakerKind.Description => "Description",
        _ => "Person",
    };

    /// <summary>
    /// A switch from an index to a case, split into methods of <see cref="BlockSize"/> cases when long.
    /// <paramref name="blockModifiers"/> declares the block methods (the entry point may be an override).
    /// </summary>
    private static void WriteBlockedSwitch(CodeWriter writer, string modifiers, string method, int count, Func<int, string> body, string? blockModifiers = null)
    {
        if (count <= BlockSize)
        {
            WriteSwitch(writer, modifiers, method, 0, count, body);
            return;
        }

        writer.Line();
        writer.Open($"{modifiers} {method}(int index)");
        writer.Open("switch (index / " + Literal.Int(BlockSize) + ")");
        for (var block = 0; block * BlockSize < count; block++)
        {
            writer.Line($"case {Literal.Int(block)}: return {method}_{Literal.Int(block)}(index);");
        }
        writer.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        writer.Close();
        writer.Close();
        for (var block = 0; block * BlockSize < count; block++)
        {
            var start = block * BlockSize;
            WriteSwitch(writer, blockModifiers ?? modifiers, method + "_" + Literal.Int(block), start, Math.Min(count, start + BlockSize), body);
        }
    }

    private static void WriteSwitch(CodeWriter writer, string modifiers, string method, int start, int end, Func<int, string> body)
    {
        writer.Line();
        writer.Open($"{modifiers} {method}(int index)");
        writer.Open("switch (index)");
        for (var i = start; i < end; i++)
        {
            writer.Line($"case {Literal.Int(i)}: {body(i)}");
        }
        writer.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        writer.Close();
        writer.Close();
    }

    private static string Plural(int count, string noun) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

    private static readonly string Version =
        typeof(CorpusIndexEmitter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
