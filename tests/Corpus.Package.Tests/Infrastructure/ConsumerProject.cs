using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Corpus.Package.Tests.Infrastructure;

/// <summary>
/// A throwaway project that installs the packed Corpus with a PackageReference, as a user would: its
/// nuget.config clears every other source, and it restores into its own empty packages folder.
/// </summary>
public sealed class ConsumerProject
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public ConsumerProject(string directory, string packages, string feed, string version)
    {
        Directory = directory;
        Packages = packages;
        Version = version;
        System.IO.Directory.CreateDirectory(directory);
        WriteText("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="corpus-test-feed" value="{feed}" />
              </packageSources>
              <fallbackPackageFolders>
                <clear />
              </fallbackPackageFolders>
              <packageSourceMapping>
                <clear />
              </packageSourceMapping>
            </configuration>

            """);
    }

    public string Directory { get; }

    /// <summary>The consumer's own NUGET_PACKAGES: empty before its first restore.</summary>
    public string Packages { get; }

    /// <summary>The Corpus version to reference.</summary>
    public string Version { get; }

    /// <summary>Writes a file below the project folder as UTF-8 without a byte order mark.</summary>
    public string WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8NoBom.GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public DotNetRun Run(params string[] arguments) => DotNet.Run(
        Directory,
        new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = Packages,
            ["NUGET_FALLBACK_PACKAGES"] = null,
            ["CORPUS_ARTIFACTS"] = null,
        },
        arguments);

    /// <summary>
    /// Where restore took Corpus from, per the consumer's assets file: it must be this run's version,
    /// from this consumer's own packages folder.
    /// </summary>
    public void AssertRestoredFromFeed()
    {
        var assetsFile = Path.Combine(Directory, "obj", "project.assets.json");
        Assert.True(File.Exists(assetsFile), $"{assetsFile} is missing: the consumer was never restored.");
        using var assets = JsonDocument.Parse(File.ReadAllText(assetsFile));
        var corpus = assets.RootElement.GetProperty("libraries").EnumerateObject()
            .Where(library => library.Name.StartsWith("Corpus/", System.StringComparison.OrdinalIgnoreCase))
            .Select(library => library.Name)
            .ToArray();
        Assert.Equal(new[] { "Corpus/" + Version }, corpus);

        var folders = assets.RootElement.GetProperty("packageFolders").EnumerateObject().Select(folder => Trim(folder.Name)).ToArray();
        Assert.Equal(new[] { Trim(Packages) }, folders);
        Assert.True(System.IO.Directory.Exists(Path.Combine(Packages, "corpus", Version.ToLowerInvariant())),
            $"Corpus {Version} is not in the consumer's packages folder {Packages}.");
    }

    private static string Trim(string folder) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
}
