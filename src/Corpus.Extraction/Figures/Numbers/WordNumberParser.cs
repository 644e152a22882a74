using System.Collections.Generic;
using Corpus.Extraction.Figures.Scanning;

namespace Corpus.Extraction.Figures.Numbers;

/// <summary>A worded (or partly worded) number found in the tokens.</summary>
internal readonly struct WordNumber
{
    public WordNumber(int first, int last, WordNumberValue value, Atom[] atoms, int atomCount)
    {
        First = first;
        Last = last;
        Value = value;
        Atoms = atoms;
        AtomCount = atomCount;
    }

    public int First { get; }

    public int Last { get; }

    public WordNumberValue Value { get; }

    public Atom[] Atoms { get; }

    public int AtomCount { get; }
}

/// <summary>
/// Collects the atoms of a worded number from the tokens and reads the longest run of them that
/// makes one number. Runs are capped, so the work per token is bounded.
/// </summary>
internal static class WordNumberParser
{
    private const int MaxAtoms = 16;

    /// <summary>Reads a number starting at a word, or continuing a digit literal given as <paramref name="seed"/>.</summary>
    public static bool TryParse(TokenStream tokens, int index, Atom? seed, out WordNumber number, bool cardinalOnly = false)
    {
        number = default;
        var atoms = Collect(tokens, index, seed);
        if (atoms.Count == 0) return false;
        var array = atoms.ToArray();
        for (var count = array.Length; count >= 1; count--)
        {
            if (!WordNumberGrammar.TryRead(array, count, out var value)) continue;
            // After digits only a whole number continues: "$ 280 million first preferred" is 280 million.
            if (cardinalOnly && value.Form != WordNumberForm.Cardinal) continue;
            // "3 hundred and 2 hundred": the "2" starts the next number, it does not end this one.
            if (count < array.Length && count >= 3 && array[count - 2].Kind == AtomKind.And && array[count].IsMultiplier
                && WordNumberGrammar.TryRead(array, count - 2, out var shorter))
            {
                count -= 2;
                value = shorter;
            }
            number = new WordNumber(array[0].First, array[count - 1].Last, value, array, count);
            return true;
        }
        return false;
    }

    private static List<Atom> Collect(TokenStream tokens, int index, Atom? seed)
    {
        var atoms = new List<Atom>();
        var p = index;
        if (seed is { } literal)
        {
            atoms.Add(literal);
            p = literal.Last + 1;
        }
        while (atoms.Count < MaxAtoms && tokens.InRange(p))
        {
            var word = tokens.Word(p);
            if (word is not null && NumberWords.TryGet(word, out var numberWord))
            {
                var atom = ToAtom(numberWord, p, p);
                if (atom.IsTensWord && TryCompound(tokens, p, atom, out var compound)) atom = compound;
                atoms.Add(atom);
                p = atom.Last + 1;
                // "one-eighth", "five - eighths", "hundred-fifths": a hyphen before a fraction word is a space.
                if (tokens.Is(p, '-') && IsFractionWord(tokens.Word(p + 1)) && atom.Kind is AtomKind.Cardinal or AtomKind.Hundred)
                {
                    p++;
                }
                else if (tokens.Is(p, '-'))
                {
                    break;
                }
                continue;
            }

            if (word == "and")
            {
                if (!StartsAtom(tokens, p + 1) || atoms.Count == 0) break;
                atoms.Add(new Atom(AtomKind.And, 0, p, p));
                p++;
                continue;
            }

            if (word is "a" or "an")
            {
                var after = tokens.Word(p + 1);
                if (after is null || !NumberWords.TryGet(after, out var following) || following.Plural) break;
                // "a twenty-first" yes; "a one", "a seven" no.
                if (following.Class == NumberWordClass.Cardinal
                    && !(following.IsTens && TryCompound(tokens, p + 1, ToAtom(following, p + 1, p + 1), out var ordinal) && ordinal.Kind == AtomKind.Ordinal))
                {
                    break;
                }
                if (atoms.Count > 0 && atoms[atoms.Count - 1].Kind is not (AtomKind.And or AtomKind.Of or AtomKind.Half or AtomKind.Quarter or AtomKind.Ordinal)) break;
                atoms.Add(new Atom(AtomKind.Article, 1, p, p));
                p++;
                continue;
            }

            if (word == "point")
            {
                if (atoms.Count == 0 || !(IsCardinalWord(tokens.Word(p + 1)) || tokens.IsDigits(p + 1))) break;
                atoms.Add(new Atom(AtomKind.Point, 0, p, p));
                p++;
                continue;
            }

            if (word == "of")
            {
                // Only inside "two thirds of a million".
                if (atoms.Count == 0 || !atoms[atoms.Count - 1].IsFractionWord || !atoms[atoms.Count - 1].Plural) break;
                var q = tokens.Word(p + 1) is "a" or "an" ? p + 2 : p + 1;
                var scale = tokens.Word(q);
                if (scale is null || !NumberWords.TryGet(scale, out var scaleWord) || scaleWord.Class != NumberWordClass.Scale || scaleWord.Plural) break;
                atoms.Add(new Atom(AtomKind.Of, 0, p, p));
                p++;
                continue;
            }

            if (tokens.IsDigits(p) && atoms.Count > 0 && atoms[atoms.Count - 1].Kind is AtomKind.And or AtomKind.Scale or AtomKind.Hundred or AtomKind.Point)
            {
                if (!NumeralParser.TryParse(tokens, p, out var numeral) || numeral.IsIdentifier
                    || (numeral.Shape & (NumeralShape.Ordinal | NumeralShape.Fraction | NumeralShape.Exponent)) != 0)
                {
                    break;
                }
                atoms.Add(numeral.ToAtom());
                p = numeral.Last + 1;
                continue;
            }
            break;
        }
        return atoms;
    }

    private static Atom ToAtom(NumberWord word, int first, int last)
    {
        var kind = word.Class switch
        {
            NumberWordClass.Cardinal => AtomKind.Cardinal,
            NumberWordClass.Hundred => AtomKind.Hundred,
            NumberWordClass.Scale => AtomKind.Scale,
            NumberWordClass.Dozen => AtomKind.Dozen,
            NumberWordClass.Ordinal => AtomKind.Ordinal,
            NumberWordClass.Half => AtomKind.Half,
            _ => AtomKind.Quarter,
        };
        return new Atom(kind, word.Value, first, last, word.Plural);
    }

    /// <summary>"twenty-six", "fifty - two", "twenty-first", "thirty-fifths".</summary>
    private static bool TryCompound(TokenStream tokens, int p, Atom tens, out Atom compound)
    {
        compound = default;
        if (!tokens.Is(p + 1, '-') || tokens.Gap(p) > 1 || tokens.Gap(p + 1) > 1) return false;
        var unit = tokens.Word(p + 2);
        if (unit is null || !NumberWords.TryGet(unit, out var word) || !word.IsUnitDigit) return false;
        var kind = word.Class == NumberWordClass.Ordinal ? AtomKind.Ordinal : AtomKind.Cardinal;
        compound = new Atom(kind, tens.Value + word.Value, p, p + 2, word.Plural, compound: true);
        return true;
    }

    private static bool StartsAtom(TokenStream tokens, int p)
    {
        if (tokens.IsDigits(p)) return true;
        var word = tokens.Word(p);
        return word is "a" or "an" || NumberWords.IsNumberWord(word);
    }

    private static bool IsFractionWord(string? word) =>
        word is not null && NumberWords.TryGet(word, out var w) && w.Class is NumberWordClass.Ordinal or NumberWordClass.Half or NumberWordClass.Quarter;

    private static bool IsCardinalWord(string? word) =>
        word is not null && NumberWords.TryGet(word, out var w) && w.Class == NumberWordClass.Cardinal;
}
