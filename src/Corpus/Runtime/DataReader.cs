using System;
using System.Globalization;
using System.Text;
using Corpus.Shared;

namespace Corpus.Runtime;

/// <summary>
/// Reads the tables generated code carries as data: printable ASCII on a line per record, so that it is
/// a string constant in any C# version (<see cref="DataConstant"/>) with no code to compile per value.
/// The generator's <c>DataWriter</c> writes this format.
/// <list type="bullet">
/// <item>A number is one to seven symbols of the alphabet <c>0-9 A-Z a-z - _</c>: each symbol carries five
/// bits, lowest first, and a sixth bit that says another symbol follows.</item>
/// <item>A string is its length plus one (zero for null), then its characters: printable ASCII other
/// than <c>~</c> as itself, any other UTF-16 code unit as <c>~</c> and three symbols (lone surrogates included).</item>
/// <item>Records are separated by a line break, which nothing else in the data contains.</item>
/// </list>
/// </summary>
internal sealed class DataReader
{
    private static readonly sbyte[] Symbols = BuildSymbols();

    private readonly string _data;
    private int _position;

    public DataReader(string data, int position)
    {
        _data = data ?? throw new ArgumentNullException(nameof(data));
        _position = position;
    }

    public int Position => _position;

    public uint ReadUInt()
    {
        uint value = 0;
        for (var shift = 0; ; shift += 5)
        {
            var symbol = Symbol(_data[_position++]);
            if (shift > 30) throw Corrupt();
            value |= (uint)(symbol & 31) << shift;
            if ((symbol & 32) == 0) return value;
        }
    }

    public int ReadInt() => checked((int)ReadUInt());

    /// <summary>A number written one more than itself, so that -1 ("none") costs one symbol.</summary>
    public int ReadOptional() => ReadInt() - 1;

    /// <summary>A signed difference, zigzag-encoded: 0, -1, 1, -2… as 0, 1, 2, 3….</summary>
    public int ReadSigned() => Unzigzag(ReadUInt());

    /// <summary>A signed difference that may be missing: zero for none, otherwise zigzag-encoded plus one.</summary>
    public int? ReadOptionalSigned()
    {
        var value = ReadUInt();
        return value == 0 ? null : Unzigzag(value - 1);
    }

    private static int Unzigzag(uint zigzag) => (int)(zigzag >> 1) ^ -(int)(zigzag & 1);

    public string? ReadNullableString()
    {
        var length = ReadInt();
        if (length == 0) return null;
        length--;
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            var c = _data[_position++];
            if (c == DataFormat.Escape)
            {
                var code = Symbol(_data[_position++]) | Symbol(_data[_position++]) << 6 | Symbol(_data[_position++]) << 12;
                if (code > char.MaxValue) throw Corrupt();
                c = (char)code;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    public void SkipString()
    {
        var length = ReadInt();
        for (var i = 1; i < length; i++)
        {
            if (_data[_position++] == DataFormat.Escape) _position += 3;
        }
    }

    /// <summary>Steps over the line break that separates one record from the next.</summary>
    public void SkipRecordBreak()
    {
        if (_data[_position++] != DataFormat.RecordBreak) throw Corrupt();
    }

    /// <summary>
    /// Compares the string at the reader's position with <paramref name="value"/> by UTF-16 code units,
    /// as <c>string.CompareOrdinal</c> would, without making the string (a null one sorts first).
    /// Leaves the reader inside the string.
    /// </summary>
    public int CompareString(string value)
    {
        var length = ReadInt();
        if (length == 0) return -1;
        length--;
        for (var i = 0; i < length; i++)
        {
            if (i == value.Length) return 1;
            var c = _data[_position++];
            if (c == DataFormat.Escape)
            {
                var code = Symbol(_data[_position++]) | Symbol(_data[_position++]) << 6 | Symbol(_data[_position++]) << 12;
                if (code > char.MaxValue) throw Corrupt();
                c = (char)code;
            }
            if (c != value[i]) return c < value[i] ? -1 : 1;
        }
        return length == value.Length ? 0 : -1;
    }

    public string ReadString() => ReadNullableString() ?? throw Corrupt();

    public string[] ReadStrings()
    {
        var count = ReadInt();
        if (count == 0) return Array.Empty<string>();
        var values = new string[count];
        for (var i = 0; i < values.Length; i++) values[i] = ReadString();
        return values;
    }

    public decimal ReadDecimal() => ParseDecimal(ReadString());

    public decimal? ReadNullableDecimal() => ReadNullableString() is { } value ? ParseDecimal(value) : null;

    private static decimal ParseDecimal(string value) => decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static int Symbol(char c) => c < Symbols.Length && Symbols[c] >= 0 ? Symbols[c] : throw Corrupt();

    private static Exception Corrupt() =>
        new InvalidOperationException("The corpus data generated into this assembly is damaged: rebuild the project.");

    private static sbyte[] BuildSymbols()
    {
        var symbols = new sbyte[128];
        for (var i = 0; i < symbols.Length; i++) symbols[i] = -1;
        for (var i = 0; i < DataFormat.Alphabet.Length; i++) symbols[DataFormat.Alphabet[i]] = (sbyte)i;
        return symbols;
    }
}
