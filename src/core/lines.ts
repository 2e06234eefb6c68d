// Offset ↔ line arithmetic over plain text, for the parts of the editor that must stay pure
// (hover cards, tree labels, per-line token splitting). Lines end at \n, \r\n or \r, as in VS Code.

export interface LineSegment {
  line: number;
  character: number;
  length: number;
}

export class LineIndex {
  /** Offset where each line starts. */
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (ch === 10 /* \n */) {
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Zero-based line holding `offset`. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  lineStart(line: number): number {
    return this.starts[line];
  }

  /** Offset just past the line's last character, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let end = next;
    while (end > this.starts[line] && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return end;
  }

  /** The parts of `[start, end)` on each line, without the line breaks; empty parts are dropped. */
  segments(start: number, end: number): LineSegment[] {
    const result: LineSegment[] = [];
    for (let line = this.lineAt(start); line < this.lineCount && this.lineStart(line) < end; line++) {
      const from = Math.max(start, this.lineStart(line));
      const to = Math.min(end, this.lineEnd(line));
      if (to > from) result.push({ line, character: from - this.lineStart(line), length: to - from });
    }
    return result;
  }
}
