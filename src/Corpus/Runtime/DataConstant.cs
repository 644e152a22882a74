using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Corpus.Runtime;

/// <summary>
/// Reads a block of generated data, which generated code keeps as a private string constant that no code
/// reads. The assembly stores a constant's value with its metadata, not in the 16 MB heap of string
/// literals (that only <c>ldstr</c> fills), and the compiler spends far less on a constant than on a
/// <c>u8</c> literal of the same bytes, which it lowers a node per byte (docs/benchmarks.md).
/// Not meant to be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DataConstant
{
    /// <param name="type">The generated class that declares the constant. No code uses the constant, so a
    /// trimmed app keeps it only because this parameter asks the trimmer to keep the class's non-public fields.</param>
    /// <param name="name">The constant's name.</param>
    public static string Read([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)] Type type, string name)
    {
        if (type is null) throw new ArgumentNullException(nameof(type));
        var field = type.GetField(name, BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly);
        if (field is null || !field.IsLiteral || field.GetRawConstantValue() is not string data)
        {
            throw new InvalidOperationException($"{type.FullName} has no data constant {name}: was the generated code edited?");
        }
        // Records are lines of the source. Data never holds a carriage return, so one here came from a
        // checkout that turned the generated files' line breaks into CRLF.
        return data.IndexOf('\r') >= 0 ? data.Replace("\r", "") : data;
    }
}
