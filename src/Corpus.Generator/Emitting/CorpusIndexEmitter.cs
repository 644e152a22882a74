using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Corpus.Shared;

namespace Corpus.Generator.Emitting;

/// <summary>
/// One file per corpus class: the class itself, <c>All</c>, the <c>Quotes</c>, <c>Figures</c> and
/// <c>People</c> lists, and the people's data. Articles are reached through switches split in blocks of
/// 256, because one method with 20,000 cases is more than the JIT will optimize. The lists are created
/// on first use, so reading one article loads none of them.
/// </summary>
internal static class CorpusIndexEmitter
{
    private const int BlockSize = 256;

    public static string Emit(CorpusIndexEmission emission)
    {
        var (corpus, options) = (emission.Corpus, emission.Options);
        var count = corpus.Members.Count;
        var className = corpus.ClassName;
        var nullable = SourceFile.NullableSuffix(options);

        var writer = SourceFile.Begin(options, "Corpus " + className.TrimStart('@'));
        writer.Line($"/// <summary>The <c>{className.TrimStart('@')}</c> corpus: {Plural.Of(count, "article")}, each a member of this class, and {Plural.Of(corpus.People.Count, "speaker")}.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"Corpus\", \"" + Version + "\")]");
        writer.Open($"public static partial class {className}");

        writer.Line($"private static QuoteList{nullable} s_quotes;");
        writer.Line($"private static FigureList{nullable} s_figures;");
        writer.Line($"private static PersonList{nullable} s_people;");
        writer.Line();
        writer.Line("/// <summary>Every article of the corpus, ordered by path. Articles are created on first access.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Corpus.Article> All { get; } =");
        writer.Indent().Line($"new global::Corpus.Runtime.LazyList<global::Corpus.Article>({Literal.Int(count)}, Article_At);").Outdent();
        writer.Line();
        var named = options.Members;
        writer.Line(named.Quotes
            ? "/// <summary>Every quote of the corpus, article after article; each direct quote with a name of its own is also a member.</summary>"
            : "/// <summary>Every quote of the corpus, article after article.</summary>");
        writer.Line("public static QuoteList Quotes => s_quotes ?? global::Corpus.Runtime.Once.Publish(ref s_quotes, new QuoteList());");
        writer.Line();
        writer.Line(named.Figures
            ? "/// <summary>Every figure of the corpus, article after article; each with a name of its own is also a member.</summary>"
            : "/// <summary>Every figure of the corpus, article after article.</summary>");
        writer.Line("public static FigureList Figures => s_figures ?? global::Corpus.Runtime.Once.Publish(ref s_figures, new FigureList());");
        writer.Line();
        writer.Line(named.People
            ? "/// <summary>Everyone who speaks in the corpus, once each across its articles; each with a name of their own is also a member.</summary>"
            : "/// <summary>Everyone who speaks in the corpus, once each across its articles.</summary>");
        writer.Line("public static PersonList People => s_people ?? global::Corpus.Runtime.Once.Publish(ref s_people, new PersonList());");

        WriteBlockedSwitch(writer, "private static global::Corpus.Article", "Article_At", count, i => $"return {corpus.Members[i]};");

        var quoteItems = "global::Corpus.Runtime.CorpusItems<global::Corpus.Quote>";
        var figureItems = "global::Corpus.Runtime.CorpusItems<global::Corpus.Figure>";
        WriteItemsClass(writer, "QuoteList", Base("Quotes", corpus.QuoteParts, quoteItems), "Quotes", named.Quotes ? "The quotes of the corpus: enumerate them with LINQ, or name one." : "The quotes of the corpus: enumerate them with LINQ.");
        WriteItemsClass(writer, "FigureList", Base("Figures", corpus.FigureParts, figureItems), "Figures", named.Figures ? "The figures of the corpus: enumerate them with LINQ, or name one." : "The figures of the corpus: enumerate them with LINQ.");
        WritePeople(writer, corpus, options);
        if (corpus.QuoteParts > 1 || corpus.FigureParts > 1 || corpus.PeopleParts > 1) WriteListParts(writer, corpus, quoteItems, figureItems);

        writer.Close();
        return SourceFile.End(writer, options);
    }

    private static string Base(string prefix, int parts, string items) =>
        parts <= 1 ? items : ListParts.ClassName + "." + prefix + Literal.Int(parts - 1);

    private static void WriteItemsClass(CodeWriter writer, string name, string baseClass, string property, string summary)
    {
        writer.Line();
        writer.Line($"/// <summary>{summary}</summary>");
        writer.Open($"public sealed partial class {name} : {baseClass}");
        writer.Line($"internal {name}()");
        writer.Indent().Line($": base(All, article => article.{property})").Outdent();
        writer.Line("{");
        writer.Line("}");
        writer.Close();
    }

    /// <summary>The base classes the named members of very large lists are spread over (see <see cref="ListParts"/>).</summary>
    private static void WriteListParts(CodeWriter writer, CorpusIndex corpus, string quoteItems, string figureItems)
    {
        writer.Line();
        writer.Line("/// <summary>Where the named members of the lists are declared when there are too many for one class. Use the lists.</summary>");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Open($"public static partial class {ListParts.ClassName}");
        WriteChain(writer, "Quotes", corpus.QuoteParts, quoteItems,
            "global::System.Collections.Generic.IReadOnlyList<global::Corpus.Article> articles, global::System.Func<global::Corpus.Article, global::System.Collections.Generic.IReadOnlyList<global::Corpus.Quote>> items", "articles, items");
        WriteChain(writer, "Figures", corpus.FigureParts, figureItems,
            "global::System.Collections.Generic.IReadOnlyList<global::Corpus.Article> articles, global::System.Func<global::Corpus.Article, global::System.Collections.Generic.IReadOnlyList<global::Corpus.Figure>> items", "articles, items");
        WriteChain(writer, "People", corpus.PeopleParts, "global::Corpus.Runtime.PersonItems",
            "int count, global::System.Collections.Generic.IReadOnlyList<global::Corpus.Article> articles", "count, articles");
        writer.Close();
    }

    private static void WriteChain(CodeWriter writer, string prefix, int parts, string root, string parameters, string arguments)
    {
        if (parts <= 1) return;
        for (var part = 0; part < parts; part++)
        {
            var name = prefix + Literal.Int(part);
            writer.Line();
            writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.Open($"public abstract partial class {name} : {(part == 0 ? root : prefix + Literal.Int(part - 1))}");
            writer.Line($"private protected {name}({parameters})");
            writer.Indent().Line($": base({arguments})").Outdent();
            writer.Line("{");
            writer.Line("}");
            writer.Close();
        }
    }

    private static void WritePeople(CodeWriter writer, CorpusIndex corpus, CorpusOptions options)
    {
        var people = corpus.People;
        writer.Line();
        writer.Line(options.Members.People
            ? "/// <summary>The people, organisations and sources who speak in the corpus: enumerate them, or name one.</summary>"
            : "/// <summary>The people, organisations and sources who speak in the corpus: enumerate them.</summary>");
        writer.Open($"public sealed partial class PersonList : {Base("People", corpus.PeopleParts, "global::Corpus.Runtime.PersonItems")}");
        writer.Line("internal PersonList()");
        writer.Indent().Line($": base({Literal.Int(people.Count)}, All)").Outdent();
        writer.Line("{");
        writer.Line("}");

        writer.Line();
        writer.Line("// The people in blocks of " + Literal.Int(DataFormat.PeoplePerBlock) + ", a line each; who said each quote, per article; and which person each member");
        writer.Line("// names, by the member's name (the members are in files of their own). Read by Corpus.Runtime.PersonItems.");
        writer.Line("protected override string ReadConstant(string name) =>");
        writer.Indent().Line(DataConstant.Read("PersonList", "name") + ";").Outdent();
        writer.Line();
        writer.Line(DataConstant.Comment);
        WritePeopleData(writer, people);
        WriteSpeakerData(writer, people, corpus.ArticlePaths);
        WriteMemberData(writer, people);
        writer.Close();
    }

    private static void WritePeopleData(CodeWriter writer, EquatableArray<PersonEntry> people)
    {
        var data = new DataWriter();
        for (var start = 0; start < people.Count; start += DataFormat.PeoplePerBlock)
        {
            var records = new List<string>(Math.Min(DataFormat.PeoplePerBlock, people.Count - start));
            for (var i = start; i < people.Count && i < start + DataFormat.PeoplePerBlock; i++) records.Add(PersonData(data.Clear(), people[i]));
            DataConstant.WriteNamed(writer, DataFormat.PeopleBlockName(start / DataFormat.PeoplePerBlock), DataBlock.Lines(records));
        }
    }

    /// <summary>
    /// Who said each quote, per article: the people's quotes turned around, for the articles with a quote
    /// whose speaker is known, in ordinal order of their paths (the order the runtime searches them in),
    /// in blocks, and an index of each block's first path.
    /// </summary>
    private static void WriteSpeakerData(CodeWriter writer, EquatableArray<PersonEntry> people, EquatableArray<string> paths)
    {
        var quoteCounts = new int[paths.Count];
        foreach (var person in people)
        {
            for (var i = 0; i < person.Quotes.Count; i += 2) quoteCounts[person.Quotes[i]] = Math.Max(quoteCounts[person.Quotes[i]], person.Quotes[i + 1] + 1);
        }
        var speakers = new int[paths.Count][];
        for (var article = 0; article < speakers.Length; article++)
        {
            if (quoteCounts[article] == 0) continue;
            speakers[article] = new int[quoteCounts[article]];
            for (var q = 0; q < quoteCounts[article]; q++) speakers[article][q] = -1;
        }
        // In the people's order, as the runtime used to gather them: should two claim one quote, the later one has it.
        for (var person = 0; person < people.Count; person++)
        {
            var quotes = people[person].Quotes;
            for (var i = 0; i < quotes.Count; i += 2) speakers[quotes[i]][quotes[i + 1]] = person;
        }

        var spoken = Enumerable.Range(0, paths.Count)
            .Where(article => speakers[article] is not null)
            .OrderBy(article => paths[article], StringComparer.Ordinal)
            .ToList();
        var firstPaths = new List<string>();
        var record = new DataWriter();
        for (var start = 0; start < spoken.Count; start += DataFormat.SpeakersPerBlock)
        {
            var records = new List<string>(Math.Min(DataFormat.SpeakersPerBlock, spoken.Count - start));
            for (var i = start; i < spoken.Count && i < start + DataFormat.SpeakersPerBlock; i++)
            {
                var article = spoken[i];
                record.Clear().String(paths[article]).Int(speakers[article].Length);
                foreach (var person in speakers[article]) record.Optional(person);
                records.Add(record.ToString());
            }
            firstPaths.Add(paths[spoken[start]]);
            DataConstant.WriteNamed(writer, DataFormat.SpeakerBlockName(start / DataFormat.SpeakersPerBlock), records);
        }
        DataConstant.WriteNamed(writer, DataFormat.SpeakerIndexName, new[] { new DataWriter().Strings(firstPaths).ToString() });
    }

    /// <summary>
    /// Which person each member names: the members' names (without a keyword's <c>@</c>, as <c>nameof</c>
    /// gives them) in ordinal order, each with the person's position, in blocks, and an index of each
    /// block's first name. A member reads the index and one block.
    /// </summary>
    private static void WriteMemberData(CodeWriter writer, EquatableArray<PersonEntry> people)
    {
        var members = new List<(string Name, int Position)>();
        for (var person = 0; person < people.Count; person++)
        {
            if (people[person].Member.Length > 0) members.Add((people[person].Member.TrimStart('@'), person));
        }
        members.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        var firstNames = new List<string>();
        var record = new DataWriter();
        for (var start = 0; start < members.Count; start += DataFormat.MembersPerBlock)
        {
            var records = new List<string>(Math.Min(DataFormat.MembersPerBlock, members.Count - start));
            for (var i = start; i < members.Count && i < start + DataFormat.MembersPerBlock; i++)
            {
                records.Add(record.Clear().String(members[i].Name).Int(members[i].Position).ToString());
            }
            firstNames.Add(members[start].Name);
            DataConstant.WriteNamed(writer, DataFormat.MemberBlockName(start / DataFormat.MembersPerBlock), records);
        }
        DataConstant.WriteNamed(writer, DataFormat.MemberIndexName, new[] { new DataWriter().Strings(firstNames).ToString() });
    }

    private static string PersonData(DataWriter data, PersonEntry person)
    {
        data.String(person.Name)
            .Int((int)person.Kind)
            .Strings(person.Aliases)
            .Strings(person.Roles)
            .Int(person.Quotes.Count / 2);
        foreach (var value in person.Quotes) data.Int(value);
        return data.ToString();
    }

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

    private static readonly string Version =
        typeof(CorpusIndexEmitter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
