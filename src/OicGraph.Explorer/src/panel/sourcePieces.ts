/** A piece of a document's text between two offsets (UTF-16 code units, the API's unit), with what it names. */
export interface Piece {
  start: number;
  end: number;
  entityId?: string;
  type?: string;
  /** Inside the evidence being shown. */
  highlighted: boolean;
}

export interface Segment {
  text: string;
  entityId?: string | null;
  type?: string | null;
}

/**
 * Cuts a document's consecutive segments (plain text or one entity's mention) further at the ends of the evidence
 * being shown, so the evidence can be marked exactly while the mentions inside it stay marked as mentions.
 * The offsets are the API's .NET string indices, which are JavaScript string indices too.
 */
export function sourcePieces(segments: readonly Segment[], highlight: { start: number; end: number } | undefined): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const segment of segments) {
    const start = at;
    const end = at + segment.text.length;
    at = end;
    const cuts = [start, end];
    if (highlight) {
      for (const cut of [highlight.start, highlight.end]) if (cut > start && cut < end) cuts.push(cut);
    }
    cuts.sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const from = cuts[i]!;
      const to = cuts[i + 1]!;
      if (from === to) continue;
      const piece: Piece = { start: from, end: to, highlighted: highlight !== undefined && from >= highlight.start && to <= highlight.end };
      if (segment.entityId) piece.entityId = segment.entityId;
      if (segment.type) piece.type = segment.type;
      pieces.push(piece);
    }
  }
  return pieces;
}
