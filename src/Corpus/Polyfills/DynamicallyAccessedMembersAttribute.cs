namespace System.Diagnostics.CodeAnalysis;

// netstandard2.0 lacks these. The trimmer and the native AOT compiler recognize the attribute by its
// name, so this copy keeps a generated data constant in a trimmed app (Corpus.Runtime.DataConstant).
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.ReturnValue | AttributeTargets.GenericParameter, Inherited = false)]
internal sealed class DynamicallyAccessedMembersAttribute : Attribute
{
    public DynamicallyAccessedMembersAttribute(DynamicallyAccessedMemberTypes memberTypes) => MemberTypes = memberTypes;

    public DynamicallyAccessedMemberTypes MemberTypes { get; }
}

[Flags]
internal enum DynamicallyAccessedMemberTypes
{
    None = 0,
    NonPublicFields = 0x0040,
}
