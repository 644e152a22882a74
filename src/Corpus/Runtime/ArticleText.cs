using System;
using System.IO;
using System.Reflection;
using System.Threading;
using Corpus.Shared;

namespace Corpus.Runtime;

/// <summary>
/// An article's text, kept as an embedded resource of the consumer's assembly and decoded on first
/// use with the encoding the compiler read it with. The length and checksum recorded at compile time
/// prove the bytes are the ones the spans were computed on.
/// </summary>
internal sealed class ArticleText
{
    private readonly Assembly _assembly;
    private readonly string _resource;
    private readonly string _encoding;
    private readonly string _path;
    private readonly int _length;
    private readonly uint _checksum;
    private string? _value;

    public ArticleText(Assembly assembly, string resource, string encoding, string path, int length, uint checksum)
    {
        _assembly = assembly;
        _resource = resource;
        _encoding = encoding;
        _path = path;
        _length = length;
        _checksum = checksum;
    }

    public string Value => LazyInitializer.EnsureInitialized(ref _value, Load)!;

    private string Load()
    {
        using var stream = _assembly.GetManifestResourceStream(_resource)
            ?? throw new InvalidOperationException(
                $"The text of article '{_path}' is not embedded in {_assembly.GetName().Name} (resource '{_resource}'). " +
                "Articles must be added as CorpusArticle items so that the build embeds them.");
        var bytes = new byte[stream.Length];
        var read = 0;
        while (read < bytes.Length)
        {
            var n = stream.Read(bytes, read, bytes.Length - read);
            if (n == 0) throw new EndOfStreamException($"Resource '{_resource}' ended early.");
            read += n;
        }

        var text = ArticleBytes.Decode(bytes, _encoding).Text;
        if (text.Length != _length || ArticleBytes.Checksum(text) != _checksum)
        {
            throw new InvalidOperationException(
                $"The embedded text of article '{_path}' is not the text it was compiled from " +
                $"({text.Length} characters, expected {_length}). Rebuild the project.");
        }
        return text;
    }
}
