using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Corpus.Generator.Pipeline;

/// <summary>
/// One item's transform, queued for the helpers of <see cref="WorkQueue"/> when it is started, and run by
/// whichever thread claims it first: a helper, or the step that needs the result (which so never waits on
/// the queue). Equal to another when their inputs are equal: Roslyn compares it as it compared its input.
/// </summary>
internal sealed class Work<TSource, TResult> : IQueuedWork, IEquatable<Work<TSource, TResult>>
{
    private readonly TSource _input;
    private readonly Func<TSource, CancellationToken, TResult> _transform;
    private readonly object _gate = new();
    private CancellationToken _cancellationToken;
    private int _claimed;
    private bool _finished;
    private bool _handedOut;
    private TResult _result = default!;
    private ExceptionDispatchInfo? _failure;

    private Work(TSource input, Func<TSource, CancellationToken, TResult> transform, CancellationToken cancellationToken)
    {
        _input = input;
        _transform = transform;
        _cancellationToken = cancellationToken;
    }

    public static Work<TSource, TResult> Start(TSource input, Func<TSource, CancellationToken, TResult> transform, CancellationToken cancellationToken)
    {
        var work = new Work<TSource, TResult>(input, transform, cancellationToken);
        WorkQueue.Add(work);
        return work;
    }

    public void RunIfUnclaimed()
    {
        if (Interlocked.Exchange(ref _claimed, 1) == 0) Run();
    }

    /// <summary>
    /// The result: computed here if no helper has begun it, otherwise waited for. It is handed out once
    /// and then let go: Roslyn keeps it in the next step's table (or keeps an equal one it had), and this
    /// step's table, which keeps the work for as long as its input is unchanged, should hold only the input.
    /// </summary>
    public TResult Finish(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _claimed, 1) == 0)
        {
            Run();
        }
        else
        {
            // A helper has it: run the items queued after it meanwhile.
            while (!Volatile.Read(ref _finished) && WorkQueue.RunNext())
            {
            }
        }
        lock (_gate)
        {
            while (!_finished) Monitor.Wait(_gate);
        }

        // Asked again (Roslyn asks once): made again, alike.
        if (_handedOut) return _transform(_input, cancellationToken);
        _handedOut = true;
        var (result, failure, startedWith) = (_result, _failure, _cancellationToken);
        (_result, _failure, _cancellationToken) = (default!, null, default);

        if (failure is null) return result;
        // Started by a run that was given up, while this one goes on and needs the result.
        if (failure.SourceException is OperationCanceledException && startedWith.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return _transform(_input, cancellationToken);
        }
        failure.Throw();
        return default!;
    }

    private void Run()
    {
        try
        {
            // A run given up leaves its work queued: it is dropped, not done, whether or not the transform looks at the token.
            _cancellationToken.ThrowIfCancellationRequested();
            _result = _transform(_input, _cancellationToken);
        }
        catch (Exception exception)
        {
            _failure = ExceptionDispatchInfo.Capture(exception);
        }
        finally
        {
            lock (_gate)
            {
                _finished = true;
                Monitor.PulseAll(_gate);
            }
        }
    }

    public bool Equals(Work<TSource, TResult>? other) =>
        other is not null && EqualityComparer<TSource>.Default.Equals(_input, other._input);

    public override bool Equals(object? obj) => Equals(obj as Work<TSource, TResult>);

    public override int GetHashCode() => _input is null ? 0 : EqualityComparer<TSource>.Default.GetHashCode(_input);
}
