using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Benchmarks.Infrastructure;

/// <summary>
/// A consumer assembly holding a synthesized corpus: generated, compiled with each article embedded as
/// Corpus.targets embeds it (resource <c>Corpus/&lt;path&gt;</c>), and cached on disk per generator build so
/// the many BenchmarkDotNet child processes do not each compile 10,000 articles.
/// </summary>
internal static class CompiledCorpus
{
    /// <summary>The corpus class the generator makes for <c>articles/*.txt</c>.</summary>
    public const string CorpusType = ConsumerProject.RootNamespace + ".Articles";

    public static string ImagePath(int count)
    {
        var path = BenchPaths.Combine($"corpus-{BenchCorpus.Seed}-{count}-{BuildKey()}.dll");
        // Sizes are written first, so an image on disk always has its sizes beside it.
        if (File.Exists(path)) return path;

        var sizes = Compile(count, out var image);
        // Written aside and moved, so a child process never loads half a file.
        var temporary = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        File.WriteAllText(Path.ChangeExtension(path, ".sizes.txt"), sizes.Describe());
        File.WriteAllBytes(temporary, image);
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>
    /// The sizes recorded when the corpus was last compiled, or null if it never was. The newest file
    /// wins rather than this build's key: the summary is printed by the host, whose build of the
    /// generator is not byte-identical to the one BenchmarkDotNet builds for its child processes.
    /// </summary>
    public static EmittedSizes? RecordedSizes(int count)
    {
        var newest = new DirectoryInfo(BenchPaths.Cache)
            .EnumerateFiles($"corpus-{BenchCorpus.Seed}-{count}-*.sizes.txt")
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .FirstOrDefault();
        return newest is null ? null : EmittedSizes.Parse(File.ReadAllText(newest.FullName));
    }

    /// <summary>
    /// Loads a fresh copy: every article uncreated, every text unread, as in a new process. Not
    /// collectible, although each copy then stays in memory until the process ends: the runtime does not
    /// tier code in collectible assemblies (it JIT-compiles it fully optimized at once), which doubles
    /// the first-access cost measured against what an application's default context pays.
    /// </summary>
    public static Loaded Load(string imagePath)
    {
        var context = new AssemblyLoadContext("corpus-" + Guid.NewGuid().ToString("N"), isCollectible: false);
        using var stream = File.OpenRead(imagePath);
        var assembly = context.LoadFromStream(stream);
        return new Loaded(context, assembly);
    }

    /// <summary>
    /// Generates and compiles the corpus of <paramref name="count"/> articles with its resources and the
    /// <see cref="ProbeSource"/> user code, which names the middle article.
    /// </summary>
    public static EmittedSizes Compile(int count, out byte[] image)
    {
        var project = new ConsumerProject(BenchCorpus.Articles(count));
        project.Run(project.NewDriver(project.FreshFiles()), project.Compilation, out var output);
        var generated = output.SyntaxTrees.Where(t => t.FilePath != "Program.cs").ToList();
        var sourceBytes = generated.Sum(t => (long)Encoding.UTF8.GetByteCount(t.GetText().ToString()));
        var indexBytes = generated.Where(t => Path.GetFileName(t.FilePath) == "Articles.g.cs")
            .Sum(t => (long)Encoding.UTF8.GetByteCount(t.GetText().ToString()));

        var probe = CSharpSyntaxTree.ParseText(
            ProbeSource.For(MemberOf(generated, MiddleArticle(count)), MiddlePersonMember(generated)), ConsumerProject.ParseOptions, path: "Probe.cs");
        image = Emit(output.AddSyntaxTrees(probe), project.Articles, out var userStringHeap);
        return new EmittedSizes(count, BenchCorpus.Bytes(count), sourceBytes, indexBytes, image.LongLength, userStringHeap);
    }

    /// <summary>The article the first-access benches name: in the middle, so neither end of a table is favoured.</summary>
    public static SynthesizedArticle MiddleArticle(int count) => BenchCorpus.Articles(count)[count / 2];

    // The member the generator named an article: the property whose hover doc gives its path.
    private static string MemberOf(IEnumerable<SyntaxTree> generated, SynthesizedArticle article)
    {
        var member = new System.Text.RegularExpressions.Regex(
            "<c>" + System.Text.RegularExpressions.Regex.Escape(article.Path) + "</c>.*\\n.*\\n\\s*public static global::Corpus\\.Article (\\w+) =>");
        return generated.Select(t => member.Match(t.GetText().ToString())).First(m => m.Success).Groups[1].Value;
    }

    // The middle of the people's members in ordinal order, so neither end of the table of members is favoured.
    private static string MiddlePersonMember(IEnumerable<SyntaxTree> generated)
    {
        var member = new System.Text.RegularExpressions.Regex("public global::Corpus\\.Person (\\w+) => Named\\(");
        var members = generated
            .SelectMany(t => member.Matches(t.GetText().ToString()).Select(m => m.Groups[1].Value))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
        return members[members.Count / 2];
    }

    public static byte[] Emit(Compilation output, IReadOnlyList<SynthesizedArticle> articles, out long userStringHeap)
    {
        using var image = new MemoryStream();
        var emitted = output.Emit(image, manifestResources: Resources(articles));
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The corpus did not compile: " + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        }

        var bytes = image.ToArray();
        using var pe = new PEReader(new MemoryStream(bytes));
        userStringHeap = pe.GetMetadataReader().GetHeapSize(HeapIndex.UserString);
        return bytes;
    }

    /// <summary>Each article embedded as Corpus.targets embeds it: resource <c>Corpus/&lt;path&gt;</c>, the file's bytes.</summary>
    public static ResourceDescription[] Resources(IReadOnlyList<SynthesizedArticle> articles) =>
        articles.Select(a => new ResourceDescription("Corpus/" + a.Path, () => new MemoryStream(a.Bytes, writable: false), isPublic: true)).ToArray();

    // Whatever changes the generated code or its compilation changes one of these assemblies.
    private static string BuildKey() =>
        string.Concat(new[] { typeof(Corpus.Generator.CorpusGenerator), typeof(Corpus.Extraction.ArticleReader), typeof(global::Corpus.Article) }
            .Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N").Substring(0, 8)));

    /// <summary>A loaded copy of the corpus assembly.</summary>
    internal sealed class Loaded : IDisposable
    {
        private readonly AssemblyLoadContext _context;

        public Loaded(AssemblyLoadContext context, Assembly assembly)
        {
            _context = context;
            Assembly = assembly;
        }

        public Assembly Assembly { get; }

        /// <summary>A method of the compiled <see cref="ProbeSource"/>; binding it touches none of the corpus's types.</summary>
        public Func<T> Probe<T>(string method) =>
            Assembly.GetType(ProbeSource.TypeName, throwOnError: true)!.GetMethod(method)!.CreateDelegate<Func<T>>();

        public void Dispose()
        {
            if (_context.IsCollectible) _context.Unload();
        }
    }
}
