using System;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Corpus.OptimizeNow;

/// <summary>
/// Sets <c>AggressiveOptimization</c> on every method of an assembly, as if each carried
/// <c>[MethodImpl(MethodImplOptions.AggressiveOptimization)]</c>: the runtime then compiles a method fully
/// optimized on its first call, instead of quickly, then instrumented, then again once it is hot.
/// Only the two bytes of each method's implementation flags change, in place: the rest of the assembly,
/// and its symbols, stay exactly as the compiler wrote them (a rewriting library renumbered the symbols'
/// documents).
/// </summary>
public static class OptimizeOnFirstCall
{
    // The MethodDef row begins with its RVA (4 bytes), then ImplFlags (2 bytes): ECMA-335 II.22.26.
    private const int ImplFlagsOffsetInRow = 4;

    /// <returns>How many methods were marked; 0 when all were already, and then the file is left as it was.</returns>
    public static int Mark(string assemblyPath)
    {
        var image = File.ReadAllBytes(assemblyPath);
        var marked = 0;
        using (var pe = new PEReader(new MemoryStream(image, writable: false)))
        {
            if ((pe.PEHeaders.CorHeader!.Flags & CorFlags.StrongNameSigned) != 0)
                throw new InvalidOperationException($"{assemblyPath} is strong-name signed; changing its flags would break the signature.");

            var metadata = pe.GetMetadataReader();
            var table = pe.PEHeaders.MetadataStartOffset + metadata.GetTableMetadataOffset(TableIndex.MethodDef);
            var rowSize = metadata.GetTableRowSize(TableIndex.MethodDef);
            foreach (var handle in metadata.MethodDefinitions)
            {
                var method = metadata.GetMethodDefinition(handle);
                var flags = method.ImplAttributes;
                if (!ShouldMark(method.RelativeVirtualAddress, flags)) continue;
                var at = table + (MetadataTokens.GetRowNumber(handle) - 1) * rowSize + ImplFlagsOffsetInRow;
                if (image[at] != (byte)flags || image[at + 1] != (byte)((int)flags >> 8))
                    throw new InvalidOperationException($"{assemblyPath}: the flags of method row {MetadataTokens.GetRowNumber(handle)} are not where its table says.");
                var updated = (ushort)(flags | MethodImplAttributes.AggressiveOptimization);
                image[at] = (byte)updated;
                image[at + 1] = (byte)(updated >> 8);
                marked++;
            }
        }
        if (marked > 0) File.WriteAllBytes(assemblyPath, image);
        return marked;
    }

    private static bool ShouldMark(int bodyAddress, MethodImplAttributes flags) =>
        bodyAddress != 0
        && (flags & MethodImplAttributes.AggressiveOptimization) == 0
        // A method that asks not to be optimized keeps asking.
        && (flags & MethodImplAttributes.NoOptimization) == 0;
}
