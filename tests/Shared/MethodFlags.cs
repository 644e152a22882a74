using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Corpus.Testing;

/// <summary>The implementation flags of an assembly's methods that have a body, read from its metadata without loading it.</summary>
internal static class MethodFlags
{
    public static List<(string Name, MethodImplAttributes Flags)> OfMethodsWithBodies(byte[] assembly)
    {
        using var pe = new PEReader(new MemoryStream(assembly));
        var metadata = pe.GetMetadataReader();
        return metadata.MethodDefinitions
            .Select(metadata.GetMethodDefinition)
            .Where(m => m.RelativeVirtualAddress != 0)
            .Select(m => (metadata.GetString(m.Name), m.ImplAttributes))
            .ToList();
    }
}
