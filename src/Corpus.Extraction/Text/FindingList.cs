using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Text;

/// <summary>
/// Findings gathered while reading an article. Lines and columns are computed once at the end, and only
/// when there is something to report, so a clean article never pays for a map of its lines.
/// </summary>
internal sealed class FindingList
{
    private readonly List<(FindingKind Kind, string Message, TextRange Range)> _items = new();

    public void Add(FindingKind kind, string message, TextRange range) => _items.Add((kind, message, range));

    public EquatableArray<Finding> ToArray(string text, CancellationToken cancellationToken)
    {
        if (_items.Count == 0) return EquatableArray<Finding>.Empty;
        var lines = LineMap.Of(text, cancellationToken);
        return _items
            .OrderBy(item => item.Range.Start)
            .ThenBy(item => (int)item.Kind)
            .Select(item => new Finding(item.Kind, item.Message, item.Range, lines.PositionOf(item.Range.Start), lines.PositionOf(item.Range.End)))
            .ToEquatableArray();
    }
}
