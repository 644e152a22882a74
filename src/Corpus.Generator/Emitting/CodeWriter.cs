using System.Text;

namespace Corpus.Generator.Emitting;

/// <summary>An indenting line writer: generated code is read by people too.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0) _builder.Append(' ', _indent * 4).Append(text);
        _builder.Append('\n');
        return this;
    }

    /// <summary>
    /// Starts a line at the current indent, to be written in parts with <see cref="Text"/> and ended with
    /// <see cref="EndLine"/>: a member's lines are written thousands of times, and a line made whole first
    /// is one more string each time.
    /// </summary>
    public CodeWriter StartLine()
    {
        _builder.Append(' ', _indent * 4);
        return this;
    }

    public CodeWriter Text(string text)
    {
        _builder.Append(text);
        return this;
    }

    public CodeWriter EndLine()
    {
        _builder.Append('\n');
        return this;
    }

    /// <summary><paramref name="text"/> at the start of a line, whatever the indent: inside a verbatim literal, any indent would be data.</summary>
    public CodeWriter Unindented(string text)
    {
        _builder.Append(text).Append('\n');
        return this;
    }

    /// <summary>Each line of <paramref name="text"/> at the current indent; line breaks at its end are dropped.</summary>
    public CodeWriter Lines(string text)
    {
        var length = text.Length;
        while (length > 0 && text[length - 1] == '\n') length--;
        var start = 0;
        while (start < length)
        {
            var end = text.IndexOf('\n', start, length - start);
            if (end < 0) end = length;
            if (end > start) _builder.Append(' ', _indent * 4).Append(text, start, end - start);
            _builder.Append('\n');
            start = end + 1;
        }
        return this;
    }

    public CodeWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public CodeWriter Indent()
    {
        _indent++;
        return this;
    }

    public CodeWriter Outdent()
    {
        _indent--;
        return this;
    }

    public override string ToString() => _builder.ToString();
}
