using System.Text;

namespace Corpus.Extraction.Figures.Numbers;

internal enum WordNumberForm
{
    Cardinal,
    Ordinal,
    Fraction,
}

/// <summary>The value of a run of atoms read as one worded number.</summary>
internal readonly struct WordNumberValue
{
    public WordNumberValue(decimal value, WordNumberForm form, bool scaled, bool bareFraction = false)
    {
        Value = value;
        Form = form;
        Scaled = scaled;
        BareFraction = bareFraction;
    }

    public decimal Value { get; }

    public WordNumberForm Form { get; }

    /// <summary>A hundred, dozen or scale word multiplied the number ("2.5 million").</summary>
    public bool Scaled { get; }

    /// <summary>"half" or "quarter" with no number before it.</summary>
    public bool BareFraction { get; }
}

/// <summary>
/// Reads a run of atoms as a cardinal ("two hundred and two thousand"), an ordinal ("twenty-first",
/// "one hundred twenty fifth") or a fraction ("two thirds", "one and a half", "one hundred thirty-fifths").
/// A run must be read whole; the parser tries shorter runs when a longer one does not read.
/// </summary>
internal static class WordNumberGrammar
{
    public static bool TryRead(Atom[] atoms, int count, out WordNumberValue value)
    {
        value = default;
        if (count == 0) return false;
        var last = atoms[count - 1];
        if (last.Kind is AtomKind.And or AtomKind.Article or AtomKind.Point or AtomKind.Of) return false;

        var point = IndexOf(atoms, 0, count, AtomKind.Point);
        if (point >= 0) return TryReadDecimal(atoms, point, count, out value);

        if (last.IsMultiplier && !last.Plural && TryReadScaledFraction(atoms, count, out value)) return true;

        if (last.IsFractionWord)
        {
            if (TryFraction(atoms, 0, count, out var fraction))
            {
                // "one and a half" and "twenty-three fifths" are amounts; only a proper fraction is a share.
                var proper = fraction.Value < 1;
                value = new WordNumberValue(fraction.Value, proper ? WordNumberForm.Fraction : WordNumberForm.Cardinal, scaled: false, bareFraction: fraction.Bare);
                return true;
            }
            if (last.Kind == AtomKind.Ordinal && TryOrdinalPhrase(atoms, 0, count, asDenominator: false, out var ordinal))
            {
                value = new WordNumberValue(ordinal, WordNumberForm.Ordinal, scaled: false);
                return true;
            }
            return false;
        }

        if (!TryCardinal(atoms, 0, count, lenientAnd: false, out var cardinal)) return false;
        value = new WordNumberValue(cardinal, WordNumberForm.Cardinal, HasMultiplier(atoms, 0, count));
        return true;
    }

    /// <summary>
    /// A whole number of atoms [from, to). Hundreds group below a scale; scales fall left to right
    /// ("two thousand and two hundred"), except a scale right after a larger-or-smaller one multiplies
    /// it ("three lakh crore", "hundred thousand"). Zero stands alone.
    /// </summary>
    public static bool TryCardinal(Atom[] atoms, int from, int to, bool lenientAnd, out decimal value)
    {
        value = 0;
        if (to <= from) return false;
        decimal total = 0, hundreds = 0, rest = 0, lastChunk = 0;
        var lastScale = decimal.MaxValue;
        AtomKind? previous = null;
        var previousIsTens = false;
        for (var k = from; k < to; k++)
        {
            var atom = atoms[k];
            var next = k + 1 < to ? atoms[k + 1] : (Atom?)null;
            switch (atom.Kind)
            {
                case AtomKind.Article:
                    if (previous is not null && previous != AtomKind.And) return false;
                    if (next is not { IsMultiplier: true }) return false;
                    break;

                case AtomKind.Cardinal:
                case AtomKind.Literal:
                {
                    var v = atom.Value;
                    if (atom.Kind == AtomKind.Cardinal && previous == AtomKind.Cardinal && previousIsTens
                        && !atom.Compound && v is >= 1 and <= 9 && rest % 10 == 0)
                    {
                        rest += v;
                        break;
                    }
                    if (lenientAnd && previous == AtomKind.And && k >= 2 && atoms[k - 2].IsTensWord && v is >= 1 and <= 9 && rest % 10 == 0 && rest >= 20)
                    {
                        rest += v;
                        break;
                    }
                    if (rest != 0) return false;
                    if (previous is not null and not AtomKind.And and not AtomKind.Hundred and not AtomKind.Scale) return false;
                    if (v == 0 && (from != k || to != k + 1)) return false;
                    if (hundreds > 0 && v >= 100) return false;
                    if (lastScale != decimal.MaxValue && hundreds == 0 && v >= lastScale) return false;
                    if (atom.Kind == AtomKind.Literal)
                    {
                        // Digits right after a worded scale continue it only into another scale ("4 thousand 3 hundred"):
                        // "$5 million 3 years ago" is two figures.
                        if (previous == AtomKind.Scale && next is not { Kind: AtomKind.Hundred or AtomKind.Scale }) return false;
                        if (!atom.IsInteger && next is not { IsMultiplier: true } && !(from == k && to == k + 1)) return false;
                    }
                    rest = v;
                    break;
                }

                case AtomKind.Hundred:
                    if (hundreds != 0) return false;
                    if (previous == AtomKind.Article)
                    {
                        hundreds = 100;
                    }
                    else if (previous is AtomKind.Cardinal or AtomKind.Literal && rest > 0)
                    {
                        if (!SafeMath.TryMultiply(rest, 100, out hundreds)) return false;
                        rest = 0;
                    }
                    else
                    {
                        return false;
                    }
                    break;

                case AtomKind.Dozen:
                    if (previous == AtomKind.Article) rest = 12;
                    else if (previous is AtomKind.Cardinal or AtomKind.Literal && rest > 0) rest *= 12;
                    else return false;
                    break;

                case AtomKind.Scale:
                {
                    var scale = atom.Value;
                    if (previous == AtomKind.Scale && scale > lastScale && hundreds == 0 && rest == 0)
                    {
                        if (!SafeMath.TryMultiply(lastChunk, scale, out var bigger)) return false;
                        total = total - lastChunk + bigger;
                        lastChunk = bigger;
                        lastScale = scale;
                        break;
                    }
                    var group = previous == AtomKind.Article ? 1 : hundreds + rest;
                    if (group == 0 || scale >= lastScale) return false;
                    if (!SafeMath.TryMultiply(group, scale, out var chunk) || !SafeMath.TryAdd(total, chunk, out total)) return false;
                    lastChunk = chunk;
                    hundreds = 0;
                    rest = 0;
                    lastScale = scale;
                    break;
                }

                case AtomKind.And:
                    if (next is null) return false;
                    if (previous is AtomKind.Hundred or AtomKind.Scale) break;
                    if (lenientAnd && previous is AtomKind.Cardinal or AtomKind.Literal) break;
                    return false;

                default:
                    return false;
            }
            previous = atom.Kind;
            previousIsTens = atom.IsTensWord;
        }
        if (previous is AtomKind.And or AtomKind.Article) return false;
        return SafeMath.TryAdd(total, hundreds + rest, out value);
    }

    /// <summary>
    /// An ordinal phrase: a cardinal whose last word is an ordinal ("twenty-one trillion and three hundred
    /// twenty second"). As a denominator it must not start with "and" or an article, must name the multiplier
    /// of any hundred or scale inside it ("one hundred fifth", not "hundred fifth"), and first/second
    /// serve only inside a compound ("twenty-first"), never alone ("one second" is a time).
    /// </summary>
    public static bool TryOrdinalPhrase(Atom[] atoms, int from, int to, bool asDenominator, out decimal value)
    {
        value = 0;
        if (to <= from) return false;
        var last = atoms[to - 1];
        if (asDenominator)
        {
            if (last.Kind is AtomKind.Half or AtomKind.Quarter)
            {
                value = last.Value;
                return to - from == 1;
            }
            if (last.Kind != AtomKind.Ordinal) return false;
            if (atoms[from].Kind is AtomKind.And or AtomKind.Article) return false;
            if (!last.Compound && last.Value <= 2 && !(to - from >= 2 && atoms[to - 2].IsTensWord)) return false;
            for (var k = from; k < to - 1; k++)
            {
                if (atoms[k].Kind is AtomKind.Hundred or AtomKind.Scale && !atoms[from].IsNumberValue) return false;
            }
        }
        else if (last.Kind != AtomKind.Ordinal)
        {
            return false;
        }

        if (to - from == 1)
        {
            value = last.Value;
            return true;
        }

        var substitute = last.Value < 100
            ? new Atom(AtomKind.Cardinal, last.Value, last.First, last.Last, compound: last.Compound)
            : last.Value == 100
                ? new Atom(AtomKind.Hundred, 100, last.First, last.Last)
                : new Atom(AtomKind.Scale, last.Value, last.First, last.Last);
        var copy = new Atom[to - from];
        System.Array.Copy(atoms, from, copy, 0, to - from - 1);
        copy[copy.Length - 1] = substitute;
        return TryCardinal(copy, 0, copy.Length, lenientAnd: false, out value);
    }

    private readonly struct Fraction
    {
        public Fraction(decimal integer, decimal numerator, decimal denominator, bool mixed, decimal integerScale, bool bare)
        {
            Integer = integer;
            Numerator = numerator;
            Denominator = denominator;
            Mixed = mixed;
            IntegerScale = integerScale;
            Bare = bare;
        }

        public decimal Integer { get; }

        public decimal Numerator { get; }

        public decimal Denominator { get; }

        /// <summary>An integer and a proper fraction: "one and a half", "twenty and three fifths".</summary>
        public bool Mixed { get; }

        /// <summary>The largest scale in the integer part of a mixed number, or 0.</summary>
        public decimal IntegerScale { get; }

        public bool Bare { get; }

        public decimal Value
        {
            get
            {
                SafeMath.TryDivide(Numerator, Denominator, out var part);
                if (!Mixed) return part;
                // "one million and a half" is 1,500,000: the half is of the last scale.
                if (IntegerScale > 0 && SafeMath.TryMultiply(part, IntegerScale, out var scaled)) part = scaled;
                return Integer + part;
            }
        }
    }

    /// <summary>
    /// A fraction over [from, to), whose last atom is an ordinal, half or quarter. The denominator is the
    /// longest ordinal phrase at the end that leaves a numerator ("one hundred | thirty-fifths",
    /// "one | one hundred fifth"); a denominator never starts right after "and" ("one hundred and thirty | fifths").
    /// A singular denominator needs a numerator of one ("a fifth"; "two hundredth" is an ordinal).
    /// </summary>
    private static bool TryFraction(Atom[] atoms, int from, int to, out Fraction fraction)
    {
        fraction = default;
        var last = atoms[to - 1];
        var singular = !last.Plural;
        for (var k = from; k < to; k++)
        {
            if (k == from)
            {
                if (to - from == 1 && last.Kind is AtomKind.Half or AtomKind.Quarter && singular)
                {
                    fraction = new Fraction(0, 1, last.Value, mixed: false, 0, bare: true);
                    return true;
                }
                continue;
            }
            if (atoms[k - 1].Kind is AtomKind.And or AtomKind.Of or AtomKind.Point) continue;
            if (!TryOrdinalPhrase(atoms, k, to, asDenominator: true, out var denominator) || denominator == 0) continue;

            var and = LastIndexOf(atoms, from, k, AtomKind.And);
            if (and > from
                && TryNumerator(atoms, and + 1, k, out var part)
                && TryCardinal(atoms, from, and, lenientAnd: true, out var integer))
            {
                if (singular && part != 1) continue;
                if (part < denominator)
                {
                    var scale = atoms[and - 1].Kind == AtomKind.Scale ? atoms[and - 1].Value : 0;
                    fraction = new Fraction(integer, part, denominator, mixed: true, scale, bare: false);
                    return true;
                }
                if (TryCardinal(atoms, from, k, lenientAnd: false, out var whole))
                {
                    fraction = new Fraction(0, whole, denominator, mixed: false, 0, bare: false);
                    return true;
                }
                continue;
            }

            if (!TryNumerator(atoms, from, k, out var numerator)) continue;
            if (singular && numerator != 1) continue;
            fraction = new Fraction(0, numerator, denominator, mixed: false, 0, bare: false);
            return true;
        }
        return false;
    }

    private static bool TryNumerator(Atom[] atoms, int from, int to, out decimal value)
    {
        if (to - from == 1 && atoms[from].Kind == AtomKind.Article)
        {
            value = 1;
            return true;
        }
        return TryCardinal(atoms, from, to, lenientAnd: false, out value);
    }

    /// <summary>"half a dozen", "a quarter million", "two thirds of a million", "five and a half million".</summary>
    private static bool TryReadScaledFraction(Atom[] atoms, int count, out WordNumberValue value)
    {
        value = default;
        var scale = atoms[count - 1].Value;
        var end = count - 2;
        if (end >= 0 && atoms[end].Kind == AtomKind.Article) end--;
        if (end >= 0 && atoms[end].Kind == AtomKind.Of) end--;
        if (end < 0 || !atoms[end].IsFractionWord) return false;
        if (!TryFraction(atoms, 0, end + 1, out var fraction)) return false;

        decimal result;
        if (fraction.Mixed)
        {
            SafeMath.TryDivide(fraction.Numerator, fraction.Denominator, out var part);
            if (!SafeMath.TryMultiply(part, scale, out var scaledPart)) return false;
            if (fraction.IntegerScale > scale)
            {
                result = fraction.Integer + scaledPart;
            }
            else
            {
                if (!SafeMath.TryMultiply(fraction.Integer, scale, out var scaledInteger)) return false;
                result = scaledInteger + scaledPart;
            }
        }
        else if (!SafeMath.TryMultiply(fraction.Value, scale, out result))
        {
            return false;
        }
        value = new WordNumberValue(result, WordNumberForm.Cardinal, scaled: true);
        return true;
    }

    /// <summary>"two hundred point zero three", "nought point eleven": the words after "point" are read as digits.</summary>
    private static bool TryReadDecimal(Atom[] atoms, int point, int count, out WordNumberValue value)
    {
        value = default;
        if (!TryCardinal(atoms, 0, point, lenientAnd: false, out var integer)) return false;
        var digits = new StringBuilder();
        var k = point + 1;
        for (; k < count; k++)
        {
            var atom = atoms[k];
            if (atom.Kind == AtomKind.Literal && atom.IsInteger && atom.Digits is not null)
            {
                digits.Append(atom.Digits);
            }
            else if (atom.Kind == AtomKind.Cardinal)
            {
                // "seventy one" after a point reads as 71, like "seventy-one".
                if (atom.IsTensWord && k + 1 < count && atoms[k + 1].Kind == AtomKind.Cardinal && !atoms[k + 1].Compound && atoms[k + 1].Value is >= 1 and <= 9)
                {
                    digits.Append(NumberWords.DigitsOf(atom.Value + atoms[k + 1].Value));
                    k++;
                }
                else
                {
                    digits.Append(NumberWords.DigitsOf(atom.Value));
                }
            }
            else
            {
                break;
            }
        }
        if (digits.Length == 0) return false;
        if (!SafeMath.TryParseDigits("0", digits.ToString(), out var fraction)) return false;
        var result = integer + fraction;
        var scaled = false;
        if (k < count)
        {
            if (k != count - 1 || atoms[k].Kind != AtomKind.Scale || atoms[k].Plural) return false;
            if (!SafeMath.TryMultiply(result, atoms[k].Value, out result)) return false;
            scaled = true;
        }
        value = new WordNumberValue(result, WordNumberForm.Cardinal, scaled);
        return true;
    }

    private static bool HasMultiplier(Atom[] atoms, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (atoms[k].IsMultiplier) return true;
        }
        return false;
    }

    private static int IndexOf(Atom[] atoms, int from, int to, AtomKind kind)
    {
        for (var k = from; k < to; k++)
        {
            if (atoms[k].Kind == kind) return k;
        }
        return -1;
    }

    private static int LastIndexOf(Atom[] atoms, int from, int to, AtomKind kind)
    {
        for (var k = to - 1; k >= from; k--)
        {
            if (atoms[k].Kind == kind) return k;
        }
        return -1;
    }
}
