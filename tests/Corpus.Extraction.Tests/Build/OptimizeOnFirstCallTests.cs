using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Corpus.OptimizeNow;
using Corpus.Testing;
using MethodImplAttributes = System.Reflection.MethodImplAttributes;

namespace Corpus.Extraction.Tests.Build;

/// <summary>
/// The engine's methods are compiled fully optimized on their first call (src/Corpus.OptimizeNow marks
/// them after csc), and marking an assembly changes nothing else about it.
/// </summary>
public sealed class OptimizeOnFirstCallTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "corpus-optimize-now-" + Guid.NewGuid().ToString("N"));

    public OptimizeOnFirstCallTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Every_method_of_the_engine_is_marked()
    {
        var engine = typeof(ArticleReader).Assembly;
        var unmarked = MethodsWithBodies(engine)
            .Where(m => (m.MethodImplementationFlags & (MethodImplAttributes.AggressiveOptimization | MethodImplAttributes.NoOptimization)) == 0)
            .Select(m => m.DeclaringType + "." + m.Name)
            .ToList();

        Assert.True(MethodsWithBodies(engine).Count() > 1000, "the engine has more methods than that");
        Assert.Empty(unmarked);
    }

    [Fact]
    public void Marking_sets_the_flag_on_every_method_and_keeps_one_that_asks_not_to_be_optimized()
    {
        var copy = CopyOfThisAssembly("marked");

        var marked = OptimizeOnFirstCall.Mark(copy);

        var methods = MethodFlags.OfMethodsWithBodies(File.ReadAllBytes(copy));
        var (kept, others) = (methods.Single(m => m.Name == nameof(NotToBeOptimized)), methods.Where(m => m.Name != nameof(NotToBeOptimized)).ToList());
        Assert.Equal(others.Count, marked);
        Assert.All(others, m => Assert.True(m.Flags.HasFlag(MethodImplAttributes.AggressiveOptimization), m.Name));
        Assert.Equal(MethodImplAttributes.NoOptimization | MethodImplAttributes.NoInlining, kept.Flags);
    }

    [Fact]
    public void Marking_twice_leaves_the_files_as_the_first_marking_wrote_them()
    {
        var copy = CopyOfThisAssembly("twice");
        OptimizeOnFirstCall.Mark(copy);
        var assembly = File.ReadAllBytes(copy);
        var symbols = File.ReadAllBytes(Path.ChangeExtension(copy, ".pdb"));

        Assert.Equal(0, OptimizeOnFirstCall.Mark(copy));

        Assert.Equal(assembly, File.ReadAllBytes(copy));
        Assert.Equal(symbols, File.ReadAllBytes(Path.ChangeExtension(copy, ".pdb")));
    }

    [Fact]
    public void Only_the_flag_changes_and_the_symbols_are_left_alone()
    {
        var copy = CopyOfThisAssembly("only");
        var assembly = File.ReadAllBytes(copy);
        var symbols = File.ReadAllBytes(Path.ChangeExtension(copy, ".pdb"));

        var marked = OptimizeOnFirstCall.Mark(copy);

        // AggressiveOptimization is 0x0200: the high byte of each marked method's two flag bytes gains 0x02.
        var after = File.ReadAllBytes(copy);
        Assert.Equal(assembly.Length, after.Length);
        var changed = Enumerable.Range(0, after.Length).Where(i => after[i] != assembly[i]).ToList();
        Assert.Equal(marked, changed.Count);
        Assert.All(changed, i => Assert.Equal(assembly[i] | 0x02, after[i]));
        Assert.Equal(symbols, File.ReadAllBytes(Path.ChangeExtension(copy, ".pdb")));
    }

    // Never called: its flags are what the marking must keep.
    [MethodImpl(MethodImplOptions.NoOptimization | MethodImplOptions.NoInlining)]
    private static int NotToBeOptimized() => 1;

    // Under its own name, in a folder of its own.
    private string CopyOfThisAssembly(string folder)
    {
        var source = typeof(OptimizeOnFirstCallTests).Assembly.Location;
        var target = Path.Combine(Directory.CreateDirectory(Path.Combine(_directory, folder)).FullName, Path.GetFileName(source));
        File.Copy(source, target);
        File.Copy(Path.ChangeExtension(source, ".pdb"), Path.ChangeExtension(target, ".pdb"));
        return target;
    }

    private static IEnumerable<MethodBase> MethodsWithBodies(Assembly assembly)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        return assembly.GetTypes()
            .SelectMany(t => t.GetMethods(all).Cast<MethodBase>().Concat(t.GetConstructors(all)))
            .Where(m => !m.IsAbstract && (m.MethodImplementationFlags & MethodImplAttributes.InternalCall) == 0 && m.GetMethodBody() is not null);
    }
}
