namespace OicGraph.Text.Normalization;

/// Characters with, for each, the original range [start, end) it came from. Passes read one buffer and write another.
internal sealed class TextBuffer
{
    private char[] _chars;
    private int[] _starts;
    private int[] _ends;

    // While every character k held came from original character k alone, the ranges are implied and the arrays are not
    // written: the passes' usual edits (، to , and the like) keep the text in place, and on the dev set every document's
    // map stays so, which left copying ten bytes a character per pass and an 8-byte-a-character map per document.
    private bool _inPlace = true;

    public TextBuffer(int capacity)
    {
        capacity = Math.Max(capacity, 16);
        _chars = new char[capacity];
        _starts = new int[capacity];
        _ends = new int[capacity];
    }

    public int Length { get; private set; }

    public char this[int index] => _chars[index];

    public int StartOf(int index) => _inPlace ? index : _starts[index];

    public int EndOf(int index) => _inPlace ? index + 1 : _ends[index];

    /// Every character held sits where it was in the original: its range is its own index.
    public bool IsInPlace => _inPlace;

    public ReadOnlySpan<char> Chars => _chars.AsSpan(0, Length);

    /// Replaces the contents with <paramref name="text"/>, each character its own original range.
    public void LoadOriginal(string text)
    {
        if (_chars.Length < text.Length)
        {
            var size = text.Length + (text.Length >> 3);
            _chars = new char[size];
            _starts = new int[size];
            _ends = new int[size];
        }

        text.CopyTo(0, _chars, 0, text.Length);
        Length = text.Length;
        _inPlace = true;
    }

    /// Room for the characters held, what a reused buffer keeps allocated.
    public int Capacity => _chars.Length;

    public void Clear()
    {
        Length = 0;
        _inPlace = true;
    }

    public void Append(char c, int start, int end)
    {
        if (Length == _chars.Length)
        {
            Grow();
        }

        if (_inPlace)
        {
            if (start == Length && end == Length + 1)
            {
                _chars[Length++] = c;
                return;
            }

            WriteRanges();
        }

        _chars[Length] = c;
        _starts[Length] = start;
        _ends[Length] = end;
        Length++;
    }

    /// Copies character <paramref name="index"/> of <paramref name="source"/> with its range.
    public void CopyFrom(TextBuffer source, int index) => Append(source._chars[index], source.StartOf(index), source.EndOf(index));

    /// Copies characters [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="source"/> with their ranges, as blocks.
    public void CopyRange(TextBuffer source, int from, int to)
    {
        var count = to - from;
        if (count <= 0)
        {
            return;
        }

        while (Length + count > _chars.Length)
        {
            Grow();
        }

        Array.Copy(source._chars, from, _chars, Length, count);
        if (_inPlace && source._inPlace && from == Length)
        {
            Length += count;
            return;
        }

        WriteRanges();
        if (source._inPlace)
        {
            for (var k = 0; k < count; k++)
            {
                _starts[Length + k] = from + k;
                _ends[Length + k] = from + k + 1;
            }
        }
        else
        {
            Array.Copy(source._starts, from, _starts, Length, count);
            Array.Copy(source._ends, from, _ends, Length, count);
        }

        Length += count;
    }

    public void Truncate(int length) => Length = length;

    /// The ranges of the characters held, copied out (the buffer is reused for the next text); null when in place.
    public (int[]? Starts, int[]? Ends) CopyRanges() =>
        _inPlace ? (null, null) : (_starts.AsSpan(0, Length).ToArray(), _ends.AsSpan(0, Length).ToArray());

    public void Append(string text, int start, int end)
    {
        foreach (var c in text)
        {
            Append(c, start, end);
        }
    }

    public char Last => _chars[Length - 1];

    public void RemoveLast() => Length--;

    /// Replaces the last character and widens its range to <paramref name="end"/> (used when composing a mark).
    public void ReplaceLast(char c, int end)
    {
        if (_inPlace && end > Length)
        {
            WriteRanges();
        }

        _chars[Length - 1] = c;
        if (_inPlace)
        {
            return;
        }

        _ends[Length - 1] = Math.Max(_ends[Length - 1], end);
    }

    public override string ToString() => new(_chars, 0, Length);

    // The first character out of place: from here on every range is written.
    private void WriteRanges()
    {
        if (!_inPlace)
        {
            return;
        }

        for (var k = 0; k < Length; k++)
        {
            _starts[k] = k;
            _ends[k] = k + 1;
        }

        _inPlace = false;
    }

    private void Grow()
    {
        var size = _chars.Length * 2;
        Array.Resize(ref _chars, size);
        Array.Resize(ref _starts, size);
        Array.Resize(ref _ends, size);
    }
}
