using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Corpus.Shared;

namespace Corpus.Generator.Emitting;

/// <summary>
/// Writes tables as the data generated code carries: printable ASCII only, read back by the runtime's
/// <c>Corpus.Runtime.DataReader</c> (the format is described there). Numbers cost one symbol below 32,
/// two below 1,024, three below 32,768; so offsets are written as distances wherever they are small.
/// </summary>
internal sealed class DataWriter
{
    private readonly StringBuilder _builder = new();

    public DataWriter UInt(uint value)
    {
        while (value >= 32)
        {
            _builder.Append(DataFormat.Alphabet[(int)(value & 31) | 32]);
            value >>= 5;
        }
        _builder.Append(DataFormat.Alphabet[(int)value]);
        return this;
    }

    public DataWriter Int(int value) => UInt(checked((uint)value));

    /// <summary>A number that may be -1 ("none"), written one more than itself.</summary>
    public DataWriter Optional(int value) => Int(value + 1);

    /// <summary>A difference that may be negative, zigzag-encoded.</summary>
    public DataWriter Signed(int value) => UInt(Zigzag(value));

    /// <summary>A difference that may be missing: zero for none, otherwise as <see cref="Signed"/> plus one.</summary>
    public DataWriter OptionalSigned(int? value) => value is { } difference ? UInt(Zigzag(difference) + 1) : UInt(0);

    private static uint Zigzag(int value) => (uint)((value << 1) ^ (value >> 31));

    public DataWriter String(string? value)
    {
        if (value is null) return UInt(0);
        Int(value.Length + 1);
        // Most strings are plain throughout: appended whole up to the first character that needs escaping.
        var plain = 0;
        while (plain < value.Length && IsPlain(value[plain])) plain++;
        _builder.Append(value, 0, plain);
        for (var i = plain; i < value.Length; i++)
        {
            var c = value[i];
            if (IsPlain(c))
            {
                _builder.Append(c);
            }
            else
            {
                var symbols = DataFormat.Alphabet;
                _builder.Append(DataFormat.Escape).Append(symbols[c & 63]).Append(symbols[(c >> 6) & 63]).Append(symbols[c >> 12]);
            }
        }
        return this;
    }

    private static bool IsPlain(char c) => c >= ' ' && c <= '~' && c != DataFormat.Escape;

    public DataWriter Strings(IReadOnlyCollection<string> values)
    {
        Int(values.Count);
        foreach (var value in values) String(value);
        return this;
    }

    public DataWriter Decimal(decimal value) => String(value.ToString(CultureInfo.InvariantCulture));

    public DataWriter Decimal(decimal? value) => value is { } number ? Decimal(number) : String(null);

    public int Length => _builder.Length;

    /// <summary>Empties the writer for the next record: one writer serves every record of a table.</summary>
    public DataWriter Clear()
    {
        _builder.Clear();
        return this;
    }

    public override string ToString() => _builder.ToString();
}
