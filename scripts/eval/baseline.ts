// Raw compromise, as the yardstick the engine must beat: its people/organizations/places and its
// number, money and percent matches, with no rules of ours on top.
import nlp from 'compromise';
import type { EntityType, FigureKind } from '../../src/core/types';

interface Found {
  start: number;
  end: number;
}

function spans(view: { json(opts: object): { text: string; offset: { start: number; length: number } }[] }): Found[] {
  return view.json({ offset: true }).map(({ text, offset }) => {
    // compromise reports trailing punctuation and possessives inside a match's text
    const trimmed = text.replace(/(['’]s)?[\s.,;:!?)"'”’]*$/u, '').replace(/^[\s("'“‘]*/u, '');
    const lead = text.indexOf(trimmed);
    return { start: offset.start + lead, end: offset.start + lead + trimmed.length };
  });
}

export function baselineEntities(text: string): { type: EntityType; start: number; end: number }[] {
  const doc = nlp(text);
  return [
    ...spans(doc.people()).map((s) => ({ ...s, type: 'person' as const })),
    ...spans(doc.organizations()).map((s) => ({ ...s, type: 'organization' as const })),
    ...spans(doc.places()).map((s) => ({ ...s, type: 'place' as const })),
  ];
}

export function baselineFigures(text: string): { kind: FigureKind; start: number; end: number }[] {
  const doc = nlp(text);
  const money = spans(doc.money()).map((s) => ({ ...s, kind: 'money' as const }));
  const percent = spans(doc.percentages()).map((s) => ({ ...s, kind: 'percent' as const }));
  const taken = new Set([...money, ...percent].map((s) => s.start));
  const numbers = spans(doc.numbers())
    .filter((s) => !taken.has(s.start))
    .map((s) => ({ ...s, kind: 'quantity' as const }));
  return [...money, ...percent, ...numbers];
}
