using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Benchmarks.Infrastructure;

/// <summary>
/// An article file as the compiler hands it to generators: bytes decoded on first GetText, once. A new
/// instance is a file the driver has not seen, so a full run pays for decoding as a real build does.
/// </summary>
internal sealed class BenchArticle : AdditionalText
{
    private readonly byte[] _bytes;
    private SourceText? _text;

    public BenchArticle(string path, byte[] bytes)
    {
        Path = path;
        _bytes = bytes;
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) =>
        LazyInitializer.EnsureInitialized(ref _text, () => SourceText.From(_bytes, _bytes.Length, Encoding.UTF8))!;
}
