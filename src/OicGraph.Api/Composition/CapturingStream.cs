namespace OicGraph.Api.Composition;

/// <summary>
/// Passes every write through to the response and keeps a copy up to a limit, so a body can be cached while it streams.
/// Past the limit the copy is dropped (<see cref="Overflowed"/>) and the response goes on unchanged.
/// </summary>
internal sealed class CapturingStream(Stream inner, int limit) : Stream
{
    private MemoryStream? _copy = new();

    public bool Overflowed => _copy is null;

    public byte[]? Captured => _copy?.ToArray();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Keep(buffer);
        inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        return inner.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Keep(ReadOnlySpan<byte> buffer)
    {
        if (_copy is null)
        {
            return;
        }

        if (_copy.Length + buffer.Length > limit)
        {
            _copy = null;
            return;
        }

        _copy.Write(buffer);
    }
}
