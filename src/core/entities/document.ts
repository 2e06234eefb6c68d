// Everything the entity rules read about one document: tokens, compromise's tags, and which lines
// are upper-case headlines or Title Case headings (where capitals say nothing about names).
import { tagTokens } from './nlp';
import { maskText, tokenize, type Token } from './tokens';

export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** compromise's tags per token. */
  readonly tags: ReadonlyArray<ReadonlySet<string>>;
  /** Lines written in capitals ("KAZAKHSTAN PREPARED TO USE FORCE"). */
  readonly upperLines: ReadonlySet<number>;
  /** Title Case lines without a final full stop ("Walesa Fires TV, Radio Council Chairman"). */
  readonly headingLines: ReadonlySet<number>;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs']);

export function buildDoc(text: string): Doc {
  const masked = maskText(text);
  const tokens = tokenize(masked);
  const tags = tagTokens(masked, tokens);
  const upperLines = new Set<number>();
  const headingLines = new Set<number>();
  const lines = masked.split(/\r\n|\r|\n/);
  const blank = (line: number): boolean => line < 0 || line >= lines.length || !/\S/.test(lines[line]!);
  const byLine = new Map<number, Token[]>();
  const lastOnLine = new Map<number, Token>();
  for (const t of tokens) {
    lastOnLine.set(t.line, t);
    if (t.kind !== 'word' && t.kind !== 'abbr') continue;
    const list = byLine.get(t.line);
    if (list) list.push(t); else byLine.set(t.line, [t]);
  }
  for (const [line, words] of byLine) {
    const long = words.filter((w) => /\p{L}.*\p{L}/u.test(w.text));
    const upper = long.filter((w) => w.upper).length;
    if (long.length > 0 && upper / long.length > 0.7 && (upper >= 2 || long.length === 1)) upperLines.add(line);
    const content = words.filter((w) => !SMALL_WORDS.has(w.text.toLowerCase()));
    const caps = content.filter((w) => w.cap).length;
    const endsSentence = /^[.,;]$/.test(lastOnLine.get(line)!.text);
    const standalone = blank(line - 1) || blank(line + 1);
    if (content.length >= 3 && caps / content.length >= 0.75 && !endsSentence && standalone) headingLines.add(line);
  }
  return { text, tokens, tags, upperLines, headingLines };
}
