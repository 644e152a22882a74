using System;
using System.IO;

namespace Corpus.Cli.Tests;

/// <summary>A folder of files made for one test, deleted after it.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "corpus-cli-" + Guid.NewGuid().ToString("N"));

    public string Write(string relativePath, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Write(string relativePath, string utf8Text) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(utf8Text));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
