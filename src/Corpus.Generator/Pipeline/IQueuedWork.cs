namespace Corpus.Generator.Pipeline;

/// <summary>Work that a helper thread may run, unless someone claimed it first.</summary>
internal interface IQueuedWork
{
    void RunIfUnclaimed();
}
