// Glob patterns as VS Code writes them (`*`, `?`, `**`, `[...]`, `[!...]`, `{a,b}`), matched against
// paths relative to a workspace folder. The index needs them where VS Code offers no matcher: to drop
// file events under excluded folders without asking the disk, and to list only the part of the
// include glob that can match under a folder that was just created.

type Segment = { any: true } | { any: false; test: RegExp };

/** Every brace alternative spelled out: `a/{b,c/d}.txt` → `a/b.txt`, `a/c/d.txt`. Nested braces too. */
export function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open < 0) return [glob];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < glob.length; i++) {
    const char = glob[i];
    if (char === '{') depth++;
    else if (char === ',' && depth === 1) commas.push(i);
    else if (char === '}' && --depth === 0) {
      const bounds = [open, ...commas, i];
      const rest = expandBraces(glob.slice(i + 1));
      return bounds.slice(1).flatMap((end, k) => {
        const choice = glob.slice(bounds[k]! + 1, end);
        return expandBraces(glob.slice(0, open) + choice).flatMap((head) => rest.map((tail) => head + tail));
      });
    }
  }
  return [glob]; // An unclosed brace is a literal one.
}

function segmentRegExp(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i]!;
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '[' && segment.indexOf(']', i + 2) > 0) {
      const end = segment.indexOf(']', i + 2);
      const body = segment.slice(i + 1, end).replace(/^!/, '^').replace(/[\\\]]/g, '\\$&');
      source += `[${body}]`;
      i = end;
    } else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function parse(braceFree: string): Segment[] {
  return braceFree
    .split('/')
    .filter((part) => part !== '')
    .map((part) => (part === '**' ? { any: true } : { any: false, test: segmentRegExp(part) }));
}

/** Positions in `segments` reachable after reading `parts`: an NFA over path segments. */
function statesAfter(segments: Segment[], parts: readonly string[]): Set<number> {
  const close = (states: Set<number>) => {
    for (const state of [...states]) for (let i = state; segments[i]?.any; i++) states.add(i + 1);
    return states;
  };
  let states = close(new Set([0]));
  for (const part of parts) {
    const next = new Set<number>();
    for (const state of states) {
      const segment = segments[state];
      if (!segment) continue;
      if (segment.any) next.add(state);
      else if (segment.test.test(part)) next.add(state + 1);
    }
    states = close(next);
    if (states.size === 0) break;
  }
  return states;
}

const split = (path: string) => path.split('/').filter((part) => part !== '');

export class Glob {
  private readonly alternatives: Segment[][];
  private readonly sources: string[];

  constructor(glob: string) {
    this.sources = expandBraces(glob.replace(/^\.?\//, ''));
    this.alternatives = this.sources.map(parse);
  }

  /** Whether the folder-relative `path` matches. */
  matches(path: string): boolean {
    const parts = split(path);
    return this.alternatives.some((segments) => statesAfter(segments, parts).has(segments.length));
  }

  /** Whether `path` or a folder above it matches: excluding a folder excludes what it holds. */
  coversOrContains(path: string): boolean {
    const parts = split(path);
    return parts.some((_, i) => this.matches(parts.slice(0, i + 1).join('/')));
  }

  /**
   * Globs relative to the folder `path` that match exactly the files under it this glob matches:
   * `docs/**\/*.txt` under `docs/a` is `**\/*.txt`. Empty when nothing under it can match.
   */
  under(path: string): string[] {
    const parts = split(path);
    const found = new Set<string>();
    for (const segments of this.alternatives) {
      const states = statesAfter(segments, parts);
      for (const state of states) {
        // `**/x` already matches whatever `x` does.
        if (state === segments.length || (segments[state - 1]?.any && states.has(state - 1))) continue;
        found.add(this.sourceFrom(segments, state));
      }
    }
    return [...found];
  }

  private sourceFrom(segments: Segment[], state: number): string {
    const source = this.sources[this.alternatives.indexOf(segments)]!;
    return split(source).slice(state).join('/');
  }
}
