using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Corpus.Testing;

namespace Corpus.Package.Tests.Infrastructure;

/// <summary>
/// Packs <c>src/Corpus</c> once for all the tests of the <see cref="PackedPackageCollection"/>, into a
/// temporary folder that serves as the consumers' only package source, and deletes it all at the end.
/// <list type="bullet">
/// <item>The pack builds into its own <c>CORPUS_ARTIFACTS</c>, so it never shares bin/ or obj/ with the
/// build that is running these tests (nor with anyone else's).</item>
/// <item>The version is unique to this run, and consumers restore into their own empty packages folder,
/// so a Corpus package cached by an earlier run can never stand in for this one.</item>
/// </list>
/// A failed pack does not throw here (xunit would hide its log); each test asks for <see cref="Nupkg"/>,
/// which fails with the pack's whole output.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Root = Path.Combine(Path.GetTempPath(), "corpus-package-tests-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Artifacts = Path.Combine(Root, "artifacts");
        Directory.CreateDirectory(Feed);
        // Consumers live below Root: these stop MSBuild looking further up for a Directory.Build.* of
        // whatever folder holds the temp directory.
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(Root, name), "<Project />\n");
        }

        Version = "0.1.0-test.t" + Guid.NewGuid().ToString("N").Substring(0, 12);
        Pack = DotNet.Run(
            RepoPaths.Root,
            new Dictionary<string, string?> { ["CORPUS_ARTIFACTS"] = Artifacts },
            "pack", Path.Combine(RepoPaths.Root, "src", "Corpus", "Corpus.csproj"),
            "-c", "Release",
            "-o", Feed,
            "-p:Version=" + Version,
            "-nodeReuse:false",
            "--disable-build-servers",
            "-tl:off");
        PackedFiles = Directory.EnumerateFiles(Feed).Select(Path.GetFileName).Select(name => name!).Order(StringComparer.Ordinal).ToArray();
        if (Pack.Succeeded) SupportPackagesError = CopySupportPackages();
    }

    /// <summary>The temporary folder holding everything; deleted at the end.</summary>
    public string Root { get; }

    /// <summary>The package source consumers restore from: the packed Corpus and nothing else but <see cref="CopySupportPackages"/>.</summary>
    public string Feed { get; }

    /// <summary>Where the pack's bin/ and obj/ went.</summary>
    public string Artifacts { get; }

    public string Version { get; }

    public DotNetRun Pack { get; }

    /// <summary>The files <c>dotnet pack</c> wrote to the feed, by name.</summary>
    public IReadOnlyList<string> PackedFiles { get; }

    private string? SupportPackagesError { get; }

    /// <summary>The packed package; fails the calling test with the pack's full log if there is none.</summary>
    public string Nupkg
    {
        get
        {
            Assert.True(Pack.Succeeded, "dotnet pack failed: " + Pack.Describe());
            var name = "Corpus." + Version + ".nupkg";
            Assert.True(PackedFiles.Contains(name),
                $"dotnet pack did not write {name}; it wrote [{string.Join(", ", PackedFiles)}]. {Pack.Describe()}");
            return Path.Combine(Feed, name);
        }
    }

    /// <summary>
    /// A new, empty consumer folder below <see cref="Root"/>, with a nuget.config whose only source is
    /// the feed and its own packages folder (<see cref="ConsumerProject.Packages"/>).
    /// </summary>
    public ConsumerProject CreateConsumer(string name)
    {
        _ = Nupkg;
        Assert.True(SupportPackagesError is null, SupportPackagesError);
        return new ConsumerProject(Path.Combine(Root, name), Path.Combine(Root, name + "-packages"), Feed, Version);
    }

    /// <summary>
    /// A netstandard2.0 project needs NETStandard.Library (and its one dependency) from a package source.
    /// They are the very packages the pack just restored for Corpus itself, so they are copied into the
    /// feed from the folder that restore used (listed in its assets file): the feed stays the consumers'
    /// only source and nothing is downloaded. Returns an error message, or null.
    /// </summary>
    private string? CopySupportPackages()
    {
        var assetsFile = Path.Combine(Artifacts, "obj", "Corpus", "project.assets.json");
        if (!File.Exists(assetsFile)) return $"The pack's assets file {assetsFile} is missing; cannot find NETStandard.Library for the consumers.";

        using var assets = JsonDocument.Parse(File.ReadAllText(assetsFile));
        var folders = assets.RootElement.GetProperty("packageFolders").EnumerateObject().Select(p => p.Name).ToArray();
        var copied = new List<string>();
        foreach (var library in assets.RootElement.GetProperty("libraries").EnumerateObject())
        {
            if (library.Value.GetProperty("type").GetString() != "package") continue;
            var (id, version) = (library.Name.Split('/')[0].ToLowerInvariant(), library.Name.Split('/')[1].ToLowerInvariant());
            var nupkg = folders
                .Select(folder => Path.Combine(folder, id, version, $"{id}.{version}.nupkg"))
                .FirstOrDefault(File.Exists);
            if (nupkg is null) return $"{library.Name} is in {assetsFile} but no {id}.{version}.nupkg is in [{string.Join(", ", folders)}].";
            File.Copy(nupkg, Path.Combine(Feed, Path.GetFileName(nupkg)), overwrite: true);
            copied.Add(library.Name);
        }
        return copied.Any(name => name.StartsWith("NETStandard.Library/", StringComparison.OrdinalIgnoreCase))
            ? null
            : $"NETStandard.Library is not among the packages of {assetsFile}: [{string.Join(", ", copied)}].";
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("CORPUS_PACKAGE_TESTS_KEEP") == "1") return;
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temp folder must not fail the run.
        }
    }
}

/// <summary>Every test that needs the package shares one pack.</summary>
[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "Packed package";
}
