using System.Collections.Generic;
using Corpus.Extraction.Quotes.Attribution;
using Corpus.Extraction.Quotes.Tokens;
using Corpus.Extraction.Quotes.Vocabulary;
using TokenKind = Corpus.Extraction.Quotes.Tokens.TokenKind;

namespace Corpus.Extraction.Quotes.Speakers;

/// <summary>
/// Finds the people the reporter names anywhere (outside quotes), with the role written before the
/// name: "the interim President Rosa Otunbayeva", "Kremlin spokesperson Natalia Timakova", "Mr. Medvedev".
/// They give a speaker mentioned as "Ms. Otunbayeva" or "the interim leader" its full name and role,
/// and give pronouns their antecedents. A capitalised run followed by a common noun is an adjective, not
/// a name ("the Central Asian state").
/// </summary>
internal static class NameScanner
{
    public static void Scan(Block block, MentionReader reader, AttributionReader attributions, List<Mention> found)
    {
        foreach (var (s, e) in block.Sentences)
        {
            var subjectStart = attributions.SubjectStart(block, s, e);
            var i = s;
            while (i < e)
            {
                if (!IsNamePart(block, i))
                {
                    i++;
                    continue;
                }
                var j = i;
                var last = -1;
                while (j < e && (IsNamePart(block, j) || (last >= 0 && Phrases.Joins(block, j, e))))
                {
                    if (block[j].IsWord && block[j].Capitalized) last = j;
                    j++;
                }
                if (last >= 0 && !(last + 1 < e && IsCommonNounAfter(block[last + 1])))
                {
                    var start = Phrases.BackwardCore(block, last, s);
                    if (start > i) start = i;
                    var mention = start <= last ? reader.Read(block, start, last + 1) : null;
                    if (mention is not null && mention.Kind == MentionKind.Organisation && IsNamed(block, start, last))
                    {
                        mention.Subject = start == subjectStart || (subjectStart >= 0 && start == subjectStart + 1 && FunctionWords.IsDeterminer(block[subjectStart].Lower));
                        found.Add(mention);
                    }
                    else if (mention is not null && mention.Kind == MentionKind.Person)
                    {
                        mention = WithAppositiveRole(block, reader, mention, start, last, s, e);
                        mention.Subject = start == subjectStart || (subjectStart >= 0 && start == subjectStart + 1 && FunctionWords.IsDeterminer(block[subjectStart].Lower));
                        found.Add(mention);
                    }
                }
                i = System.Math.Max(j, i + 1);
            }
        }
    }

    // "Rosa Otunbayeva, the interim President, wrote" and "the interim President, Rosa Otunbayeva, wrote":
    // the role in apposition is the person's too.
    private static Mention WithAppositiveRole(Block block, MentionReader reader, Mention mention, int start, int last, int s, int e)
    {
        if (mention.Role is not null) return mention;
        if (last + 2 < e && block[last + 1].IsPunct(','))
        {
            var close = last + 2;
            while (close < e && close < last + 12 && !block[close].IsPunct(',') && block[close].Kind != TokenKind.Punct) close++;
            if (close < e && block[close].IsPunct(',') && block[last + 2].IsWord && FunctionWords.IsDeterminer(block[last + 2].Lower))
            {
                var role = reader.Read(block, last + 2, close);
                if (role is not null && role.Kind == MentionKind.Role) return MentionReader.Merge(mention, role);
            }
        }
        if (start - 2 >= s && block[start - 1].IsPunct(','))
        {
            var open = Phrases.BackwardCore(block, start - 2, s);
            if (open <= start - 2 && block[open].IsWord && FunctionWords.IsDeterminer(block[open].Lower))
            {
                var role = reader.Read(block, open, start - 1);
                if (role is not null && role.Kind == MentionKind.Role) return MentionReader.Merge(role, mention);
            }
        }
        return mention;
    }

    // An organisation named by two capitalised words or more, or an acronym: "Northwind Energy", "WHO".
    private static bool IsNamed(Block block, int start, int last)
    {
        var capitals = 0;
        for (var k = start; k <= last; k++)
        {
            if (block[k].IsWord && block[k].Capitalized && !Cues.IsSentenceStart(block, k)) capitals++;
            if (block[k].AllCaps) return true;
        }
        return capitals >= 2 || (capitals >= 1 && last > start);
    }

    private static bool IsNamePart(Block block, int index)
    {
        var token = block[index];
        if (!token.IsWord || !token.Capitalized) return false;
        return (token.Classes & WordClass.Honorific) != 0 || Phrases.IsNounWord(block, index);
    }

    private static bool IsCommonNounAfter(Token next) =>
        next.IsWord && !next.Capitalized
        && (next.BareClasses & (WordClass.OrganisationHead | WordClass.Role | WordClass.Description)) != 0;
}
