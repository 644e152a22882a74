using System;
using System.Collections.Generic;
using System.Text;
using Corpus.Extraction.Model;
using Corpus.Extraction.Quotes.Tokens;
using Corpus.Extraction.Quotes.Vocabulary;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes.Speakers;

/// <summary>
/// Reads a noun phrase as a <see cref="Mention"/>: a name with its role and honorific, an organisation,
/// a role without a name, an unnamed source or a pronoun. The name is the run of capitalised words at
/// the phrase's end that are not role words or honorifics ("Russian President | Dmitry Medvedev");
/// what precedes it is the role. A phrase whose last word heads an organisation ("the Defence Ministry",
/// "local media reports", "ITAR-TASS news agency") or that is an acronym is an organisation.
/// </summary>
internal sealed class MentionReader
{
    private static readonly HashSet<string> PluralWords = FunctionWords.Set(
        "police", "people", "media", "staff", "personnel", "crew", "military", "authorities", "officials", "clergy");

    private static readonly HashSet<string> PluralDeterminers = FunctionWords.Set(
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "some", "both",
        "these", "those", "dozens", "hundreds", "thousands", "numerous", "various", "few", "all", "most");

    private static readonly HashSet<string> Suffixes = FunctionWords.Set("jr", "sr", "ii", "iii", "iv");

    private readonly string _text;

    // Working lists, reused by every mention read (one reader per article, one mention at a time).
    private readonly List<int> _run = new();
    private readonly List<string> _names = new();
    private readonly List<string> _modifiers = new();
    private readonly List<string> _properModifiers = new();

    public MentionReader(string text) => _text = text;

    /// <summary>The mention the tokens [start, end) make, or null if they make none.</summary>
    public Mention? Read(Block block, int start, int end)
    {
        while (start < end && !block[start].IsWord) start++;
        while (end > start && !block[end - 1].IsWord) end--;
        if (end <= start || end - start > 16) return null;

        var written = TextRange.FromBounds(block[start].Start, block[end - 1].End);
        if (end - start == 1 && block[start].Lower is "he" or "she" or "they" or "it")
        {
            var lower = block[start].Lower;
            return new Mention(_text, written)
            {
                Block = block.Index,
                Kind = MentionKind.Pronoun,
                Head = lower,
                Gender = lower == "he" ? Gender.Male : lower == "she" ? Gender.Female : Gender.Unknown,
                Plural = lower == "they",
            };
        }

        var cs = start;
        bool definite = false, plural = false, partitive = false;
        var determiner = block[cs].IsWord && FunctionWords.IsDeterminer(block[cs].Lower) && !block[cs].AllCaps ? block[cs].Lower : null;
        if (determiner is not null)
        {
            cs++;
            definite = FunctionWords.IsDefiniteDeterminer(determiner);
            plural = PluralDeterminers.Contains(determiner);
            if (determiner == "one" && cs + 1 < end && block[cs].Lower == "of")
            {
                // "one of the sources": one of a group already met.
                cs += 2;
                definite = true;
                plural = false;
            }
            partitive = determiner == "one";
        }
        var ce = CoreEnd(block, cs, end);
        if (ce <= cs) return null;
        // "The statement from the White House", "a report by the UN": a document speaks for its author.
        if (ce + 1 < end && block[ce].Lower is "from" or "by" && OrganisationWords.IsDocument(block[ce - 1].Bare))
            return Read(block, ce + 1, end);
        var mention = new Mention(_text, written) { Block = block.Index, Definite = definite, Plural = plural, Partitive = partitive };
        return ReadCore(block, mention, cs, ce, end);
    }

    /// <summary>A mention and its appositive ("the former minister, Peter Lang"; "Jones, an analyst"), as one.</summary>
    public static Mention Merge(Mention main, Mention? appositive)
    {
        if (appositive is null) return main;
        if (main.Kind is MentionKind.Role or MentionKind.Description && appositive.Kind is MentionKind.Person or MentionKind.SingleName)
        {
            appositive.Kind = MentionKind.Person;
            appositive.Role ??= WithoutDeterminer(main.Surface);
            if (appositive.Head is null)
            {
                appositive.Head = main.Head;
                appositive.Modifiers = main.Modifiers;
                appositive.ProperModifiers = main.ProperModifiers;
            }
            if (appositive.Gender == Gender.Unknown) appositive.Gender = main.Gender;
            appositive.Range = TextRange.FromBounds(Math.Min(main.Range.Start, appositive.Range.Start), Math.Max(main.Range.End, appositive.Range.End));
            appositive.Subject = main.Subject;
            return appositive;
        }
        if (main.Kind is MentionKind.Person or MentionKind.SingleName && appositive.Kind is MentionKind.Role or MentionKind.Description)
        {
            main.PersonLike = true;
            if (main.Kind == MentionKind.SingleName) main.Kind = MentionKind.Person;
            main.Role ??= WithoutDeterminer(appositive.Surface);
            if (main.Head is null)
            {
                main.Head = appositive.Head;
                main.Modifiers = appositive.Modifiers;
                main.ProperModifiers = appositive.ProperModifiers;
            }
            if (main.Gender == Gender.Unknown) main.Gender = appositive.Gender;
        }
        return main;
    }

    // The core ends at the first preposition that is not inside a name ("Ministry of Defence").
    private static int CoreEnd(Block block, int cs, int end)
    {
        for (var i = cs; i < end; i++)
        {
            var token = block[i];
            if (!token.IsWord || !FunctionWords.IsPreposition(token.Lower)) continue;
            var inName = token.Lower == "of" && i > cs && block[i - 1].Capitalized && i + 1 < end && block[i + 1].Capitalized;
            if (!inName) return i;
        }
        return end;
    }

    private Mention? ReadCore(Block block, Mention mention, int cs, int ce, int end)
    {
        var last = block[ce - 1];
        var lastBare = last.Bare;

        // The name: capitalised words at the end of the core that are not roles, honorifics or organisation heads.
        var r = ce - 1;
        var run = _run;
        run.Clear();
        while (r >= cs)
        {
            var token = block[r];
            if (token.IsQuote)
            {
                r--;
                continue;
            }
            // A possessive before the name is its owner, not part of it: "CNN's Anderson Cooper", "Russia's Vladimir Putin".
            if (token.IsWord && run.Count > 0 && token.Bare.Length != token.Lower.Length) break;
            if (token.IsWord && token.Capitalized && !token.AllCaps && (token.BareClasses & (WordClass.Role | WordClass.OrganisationHead)) == 0
                && (token.Classes & WordClass.Honorific) == 0 && char.IsLetter(token.Lower[0]))
            {
                run.Insert(0, r);
                r--;
                continue;
            }
            if (token.IsWord && run.Count > 0 && Phrases.IsParticle(token.Lower))
            {
                // "Ursula von der Leyen": particles, one or several, between given name and surname.
                var m = r;
                while (m - 1 >= cs && block[m - 1].IsWord && Phrases.IsParticle(block[m - 1].Lower)) m--;
                if (m - 1 >= cs && block[m - 1].IsWord && block[m - 1].Capitalized)
                {
                    for (var k = r; k >= m; k--) run.Insert(0, k);
                    r = m - 1;
                    continue;
                }
            }
            break;
        }

        // A capital that only opens the sentence, on a common noun: "Witnesses said", "Residents said".
        if (run.Count == 1 && r < cs && IsCommonNoun(block[run[0]].Bare)) run.Clear();
        if (run.Count > 0 && FunctionWords.IsConnective(block[run[0]].Lower) && IsSentenceStart(block, run[0])) run.RemoveAt(0);

        // An acronym and one more capitalised word, and nothing else, name an outlet or body: "RIA Novosti", "NHK World".
        var acronymAndWord = run.Count == 1 && r == cs && block[r].IsWord && block[r].AllCaps && block[r].Bare.Length == block[r].Lower.Length
            && (block[r].Classes & WordClass.Honorific) == 0;
        var organisation = OrganisationWords.IsHead(lastBare)
            || (last.AllCaps && (run.Count == 0 || ce - cs == 1))
            || (run.Count == 1 && r < cs && (OrganisationWords.IsInstitution(block[run[0]].Bare) || block[run[0]].AllCaps))
            || acronymAndWord;
        if (organisation && !(run.Count > 0 && r >= cs && Honorifics.IsHonorific(block[r].Lower)))
        {
            mention.Kind = MentionKind.Organisation;
            mention.Head = RoleWords.Singular(lastBare);
            mention.Name = WithoutDeterminer(Surface(TextRange.FromBounds(block[cs].Start, block[ce - 1].End)));
            mention.Plural = mention.Plural || PluralWords.Contains(lastBare) || RoleWords.Singular(lastBare) != lastBare;
            SetModifiers(block, mention, cs, ce - 1);
            return mention;
        }

        if (run.Count > 0)
        {
            var nameStart = run[0];
            var honorific = nameStart - 1 >= cs && Honorifics.IsHonorific(block[nameStart - 1].Lower) ? nameStart - 1 : -1;
            var roleEnd = honorific >= 0 ? honorific : nameStart;
            var names = _names;
            names.Clear();
            foreach (var index in run)
            {
                if (block[index].IsWord) names.Add(Possessives.Strip(_text.Substring(block[index].Start, block[index].End - block[index].Start)));
            }
            var surnameIndex = names.Count - 1;
            while (surnameIndex > 0 && IsSuffix(names[surnameIndex])) surnameIndex--;
            mention.Name = string.Join(" ", names);
            mention.Surname = names[surnameIndex];
            mention.Given = surnameIndex > 0 ? names[0] : null;
            if (honorific >= 0)
            {
                mention.Honorific = _text.Substring(block[honorific].Start, block[honorific].End - block[honorific].Start);
                mention.Gender = Honorifics.GenderOf(block[honorific].Lower);
            }
            if (roleEnd > cs)
            {
                mention.Role = Surface(TextRange.FromBounds(block[cs].Start, block[roleEnd - 1].End));
                SetRole(block, mention, cs, roleEnd);
            }
            mention.Kind = names.Count >= 2 || honorific >= 0 || roleEnd > cs ? MentionKind.Person : MentionKind.SingleName;
            if (mention.Gender == Gender.Unknown) mention.Gender = GivenNames.GenderOf(mention.Given, mention.Surname);
            return mention;
        }

        // No name: a role ("the interim leader"), a document or an unnamed source.
        var head = RoleWords.Singular(lastBare);
        mention.Head = RoleWords.Normalize(lastBare);
        mention.Plural = mention.Plural || PluralWords.Contains(lastBare) || head != lastBare;
        SetModifiers(block, mention, cs, ce - 1);
        for (var index = cs; index < ce; index++)
        {
            var gender = RoleWords.GenderOf(block[index].Bare);
            if (gender != Gender.Unknown) mention.Gender = gender;
        }
        var definite = mention.Definite || (mention.Modifiers.Length == 0 && last.Capitalized && determinerAbsent(block, cs));
        mention.Kind = RoleWords.IsRole(lastBare) && definite && !mention.Plural && end == ce ? MentionKind.Role : MentionKind.Description;
        if (!DescriptionWords.IsDescription(lastBare) && !RoleWords.IsRole(lastBare) && !OrganisationWords.IsDocument(lastBare)
            && mention.Modifiers.Length == 0 && !mention.Definite && !mention.Plural)
            return null; // one unknown lower-case word is no speaker
        return mention;

        static bool determinerAbsent(Block b, int cs) => cs == 0 || !b[cs - 1].IsWord || !FunctionWords.IsDeterminer(b[cs - 1].Lower);
    }

    // "Jr.", "III": a suffix after the surname, in any case, with or without its full stops.
    private static bool IsSuffix(string name)
    {
        var length = name.Length;
        while (length > 0 && name[length - 1] == '.') length--;
        foreach (var suffix in Suffixes)
        {
            if (LowerEquals(name, length, suffix)) return true;
        }
        return false;
    }

    // Whether the first length characters of text, lower-cased as ToLowerInvariant does, are word: without making the string.
    private static bool LowerEquals(string text, int length, string word)
    {
        if (length != word.Length) return false;
        for (var i = 0; i < length; i++)
        {
            if (char.ToLowerInvariant(text[i]) != word[i]) return false;
        }
        return true;
    }

    private static bool IsSentenceStart(Block block, int index) =>
        index == block.Sentences[block.SentenceOf(index)].Start || (index > 0 && block[index - 1].IsQuote);

    private static bool IsCommonNoun(string bare) =>
        RoleWords.IsRole(bare) || DescriptionWords.IsDescription(bare) || OrganisationWords.IsHead(bare)
        || OrganisationWords.IsAudience(bare) || OrganisationWords.IsDocument(bare);

    // The role's head is its last role word; the words before it qualify it.
    private void SetRole(Block block, Mention mention, int start, int end)
    {
        var headIndex = -1;
        for (var i = end - 1; i >= start; i--)
        {
            if (block[i].IsWord && RoleWords.IsRole(block[i].Bare))
            {
                headIndex = i;
                break;
            }
        }
        if (headIndex < 0) headIndex = end - 1;
        mention.Head = RoleWords.Normalize(block[headIndex].Bare);
        SetModifiers(block, mention, start, headIndex);
        for (var i = start; i < end; i++)
        {
            var gender = RoleWords.GenderOf(block[i].Bare);
            if (gender != Gender.Unknown) mention.Gender = gender;
        }
    }

    private void SetModifiers(Block block, Mention mention, int start, int headIndex)
    {
        var modifiers = _modifiers;
        var proper = _properModifiers;
        modifiers.Clear();
        proper.Clear();
        for (var i = start; i < headIndex; i++)
        {
            var token = block[i];
            if (!token.IsWord || FunctionWords.IsClosedClass(token.Lower) || FunctionWords.IsDeterminer(token.Lower)) continue;
            var word = RoleWords.Normalize(token.Bare);
            modifiers.Add(word);
            if (token.Capitalized && !IsSentenceStart(block, i)) proper.Add(word);
        }
        mention.Modifiers = modifiers.Count == 0 ? Array.Empty<string>() : modifiers.ToArray();
        mention.ProperModifiers = proper.Count == 0 ? Array.Empty<string>() : proper.ToArray();
    }

    private string Surface(TextRange range) => Surface(_text, range);

    /// <summary>The words of <paramref name="range"/> as written, on one line: runs of white space become one space.</summary>
    public static string Surface(string text, TextRange range)
    {
        if (IsSpacedBySingleSpaces(text, range)) return text.Substring(range.Start, range.Length);
        var builder = new StringBuilder(range.Length);
        var space = false;
        for (var i = range.Start; i < range.End; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    // Most phrases are already written as Surface would write them: words between single spaces.
    private static bool IsSpacedBySingleSpaces(string text, TextRange range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                if (i == range.Start || i == range.End - 1 || text[i + 1] == ' ') return false;
            }
            else if (char.IsWhiteSpace(c))
            {
                return false;
            }
        }
        return true;
    }

    public static string WithoutDeterminer(string surface)
    {
        var space = surface.IndexOf(' ');
        if (space <= 0) return surface;
        return LowerEquals(surface, space, "the") || LowerEquals(surface, space, "a") || LowerEquals(surface, space, "an") ? surface.Substring(space + 1) : surface;
    }
}
