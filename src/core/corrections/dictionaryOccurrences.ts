// Where the dictionary's names count as mentions. Every occurrence of a claimed form is a candidate;
// one strictly inside a longer engine mention yields to it (a marked "Almaty" must not cut "Almaty
// Region" in two, nor a marked surname the full name), unless another occurrence overrides that
// engine mention by overlapping it otherwise. Of the rest, overlapping ones are settled leftmost
// first, then longest.
import { countBelow } from '../text/sorted';
import type { Mention, Span } from '../types';
import { findOccurrences, type NameOccurrence } from './occurrences';
import { Positions } from './positions';

export class DictionaryOccurrences {
  private readonly all: NameOccurrence[];
  private readonly inAll: Positions;
  private readonly starts: number[];
  private readonly longest: number;
  private readonly yields: Uint8Array;

  /** `forms`: the claimed forms, whitespace collapsed, in the order their claims were made. */
  constructor(
    private readonly text: string,
    forms: readonly string[],
  ) {
    this.all = findOccurrences(text, forms);
    this.inAll = new Positions(text.length);
    for (const o of this.all) this.inAll.add(o);
    this.starts = this.all.map((o) => o.start);
    this.longest = this.all.reduce((longest, o) => Math.max(longest, o.end - o.start), 0);
    this.yields = new Uint8Array(this.all.length);
  }

  /** Whether some occurrence overlaps the span: only such engine mentions matter here. */
  touches(span: Span): boolean {
    return this.all.length > 0 && this.inAll.touches(span);
  }

  /** An engine mention not marked as no entity: if no occurrence overrides it, those inside it yield. */
  stand(m: Mention): void {
    const first = countBelow(this.starts, m.start - this.longest + 1);
    let end = first;
    for (; end < this.all.length && this.all[end]!.start < m.end; end++) {
      if (this.all[end]!.end > m.start && !strictlyInside(this.all[end]!, m)) return;
    }
    for (let i = first; i < end; i++) if (this.all[i]!.end > m.start) this.yields[i] = 1;
  }

  /** Once every engine mention has stood: the occurrences that are mentions, and the positions they cover. */
  settle(): { occurrences: NameOccurrence[]; covered: Positions } {
    const occurrences: NameOccurrence[] = [];
    const covered = new Positions(this.text.length);
    this.all.forEach((o, i) => {
      if (this.yields[i] || (occurrences.length > 0 && o.start < occurrences[occurrences.length - 1]!.end)) return;
      occurrences.push(o);
      covered.add(o);
    });
    return { occurrences, covered };
  }
}

function strictlyInside(inner: Span, outer: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}

