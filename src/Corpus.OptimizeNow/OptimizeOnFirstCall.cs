using System.IO;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Corpus.OptimizeNow;

/// <summary>
/// Sets <c>AggressiveOptimization</c> on every method of an assembly, as if each carried
/// <c>[MethodImpl(MethodImplOptions.AggressiveOptimization)]</c>: the runtime then compiles a method fully
/// optimized on its first call, instead of quickly, then instrumented, then again once it is hot.
/// </summary>
public static class OptimizeOnFirstCall
{
    private const MethodImplAttributes AggressiveOptimization = (MethodImplAttributes)0x0200;

    /// <returns>How many methods were marked; 0 when all were already, and then the file is left as it was.</returns>
    public static int Mark(string assemblyPath)
    {
        var symbolsPath = Path.ChangeExtension(assemblyPath, ".pdb");
        var hasSymbols = File.Exists(symbolsPath);
        // Read from memory: the files are written over in place.
        using var assembly = new MemoryStream(File.ReadAllBytes(assemblyPath));
        using var symbols = hasSymbols ? new MemoryStream(File.ReadAllBytes(symbolsPath)) : null;
        using var module = ModuleDefinition.ReadModule(assembly, new ReaderParameters
        {
            ReadSymbols = hasSymbols,
            SymbolStream = symbols,
            SymbolReaderProvider = hasSymbols ? new PortablePdbReaderProvider() : null,
        });

        var marked = 0;
        foreach (var type in module.GetTypes())
        {
            foreach (var method in type.Methods)
            {
                if (!ShouldMark(method)) continue;
                method.ImplAttributes |= AggressiveOptimization;
                marked++;
            }
        }
        if (marked == 0) return 0;

        module.Write(assemblyPath, new WriterParameters
        {
            WriteSymbols = hasSymbols,
            SymbolWriterProvider = hasSymbols ? new PortablePdbWriterProvider() : null,
        });
        return marked;
    }

    private static bool ShouldMark(MethodDefinition method) =>
        method.HasBody
        && (method.ImplAttributes & AggressiveOptimization) == 0
        // A method that asks not to be optimized keeps asking.
        && !method.NoOptimization;
}
