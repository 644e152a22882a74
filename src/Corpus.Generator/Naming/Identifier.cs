using System.Globalization;
using System.Text;
using Corpus.Generator.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Naming;

/// <summary>Turns free text (file names, folder names, metadata) into PascalCase C# identifiers.</summary>
internal static class Identifier
{
    public const int MaxLength = 80;

    /// <summary>
    /// Words are runs of characters C# allows in identifiers; each word gets an upper-case first letter
    /// and the rest is kept (so <c>iPhone-sales</c> reads <c>IPhoneSales</c>); an underscore is kept only
    /// between two digits. Invisible formatting
    /// characters are dropped. A name that cannot start an identifier gets <paramref name="prefix"/>.
    /// </summary>
    public static string ToPascalCase(string text, string prefix)
    {
        var builder = StringBuilderCache.Acquire(text.Length);
        var startOfWord = true;
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format) continue;
            if (!SyntaxFacts.IsIdentifierPartCharacter(c) || c == '_')
            {
                startOfWord = true;
                continue;
            }
            // 2010_06 must not read 201006: digits on both sides of a break keep an underscore.
            if (startOfWord && builder.Length > 0 && char.IsDigit(builder[builder.Length - 1]) && char.IsDigit(c)) builder.Append('_');
            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
            if (builder.Length == MaxLength) break;
        }

        var name = StringBuilderCache.ToStringAndRelease(builder);
        if (name.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(name[0]))
        {
            name = prefix + name;
        }
        return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None
            ? "@" + name
            : name;
    }

    /// <summary>A dotted namespace made of valid identifiers, or null when nothing usable is left.</summary>
    public static string? ToNamespace(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text!.Split('.');
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            var trimmed = part.Trim();
            if (trimmed.Length == 0) continue;
            if (builder.Length > 0) builder.Append('.');
            builder.Append(IsValid(trimmed) ? trimmed : ToPascalCase(trimmed, "_"));
        }
        return builder.Length == 0 ? null : builder.ToString();
    }

    public static bool IsValid(string name)
    {
        if (name.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(name[0])) return false;
        foreach (var c in name)
        {
            if (!SyntaxFacts.IsIdentifierPartCharacter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format) return false;
        }
        return SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;
    }
}
