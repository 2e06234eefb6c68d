// Stretches of text where figures are restricted: metadata lines hold only dates ("Volume: 2 Issue: 129"
// are identifiers), and web addresses and e-mail addresses hold none.
import { countStartingAtOrBefore } from '../text/sorted';
import type { Section } from '../types';

export interface Zone {
  start: number;
  end: number;
  datesOnly: boolean;
}

// The local part is bounded so that a long run of word characters cannot make the scan quadratic.
const ADDRESS = /(?:https?:\/\/|www\.)[^\s<>"'()]+|(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+/g;

export function figureZones(text: string, sections: readonly Section[]): Zone[] {
  const zones: Zone[] = sections.filter((s) => s.kind === 'metadata').map((s) => ({ start: s.start, end: s.end, datesOnly: true }));
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text); m; m = ADDRESS.exec(text)) zones.push({ start: m.index, end: m.index + m[0].length, datesOnly: false });
  return zones.sort((a, b) => a.start - b.start || Number(a.datesOnly) - Number(b.datesOnly));
}

/** The zones holding `offset`: the strictest wins (an address inside a metadata line allows nothing). */
export function zoneAt(zones: readonly Zone[], offset: number): Zone | undefined {
  const lo = countStartingAtOrBefore(zones, offset);
  let found: Zone | undefined;
  // Zones seldom nest; look back over the few that start before the offset and may still cover it.
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) {
    const z = zones[i];
    if (offset >= z.start && offset < z.end && (!found || !z.datesOnly)) found = z;
  }
  return found;
}
