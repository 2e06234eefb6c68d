// A long briefing-like document made of the bundled (fictional) samples, varied so that no part of
// it repeats another word for word.
import * as fs from 'fs';
import * as path from 'path';

const SAMPLES = path.resolve(__dirname, '../../../../samples');

export function sampleTexts(): string[] {
  return fs.readdirSync(SAMPLES).sort().map((f) => fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
}

/** At least `length` characters: the samples over and over, each copy's figures changed. */
export function longBriefing(length: number): string {
  const samples = sampleTexts();
  const copies: string[] = [];
  let total = 0;
  for (let i = 0; total < length; i++) {
    const copy = samples[i % samples.length]!.replace(/\d+/g, (n) => String(Number(n) + i));
    copies.push(copy);
    total += copy.length + 2;
  }
  return copies.join('\n\n');
}
