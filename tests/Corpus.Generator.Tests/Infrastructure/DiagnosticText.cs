using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>Diagnostics as stable text for snapshots: id, severity, file, one-based position, message.</summary>
internal static class DiagnosticText
{
    public static string Of(IEnumerable<Diagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, System.StringComparer.Ordinal).ThenBy(d => d.Id, System.StringComparer.Ordinal))
        {
            var span = diagnostic.Location.GetLineSpan();
            builder.Append(diagnostic.Id).Append(' ').Append(diagnostic.Severity).Append(' ')
                .Append(span.Path).Append('(').Append(span.StartLinePosition.Line + 1).Append(',').Append(span.StartLinePosition.Character + 1).Append("): ")
                .Append(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }
        return builder.Length == 0 ? "(no diagnostics)\n" : builder.ToString();
    }
}
