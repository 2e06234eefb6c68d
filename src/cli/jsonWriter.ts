// JSON.stringify's output, written in pieces. The JSON of a 10 MB briefing's analysis is about 50 MB:
// made whole, then copied into a buffer for stdout, it was the largest part of the CLI's peak memory.
// The outer levels (the documents, their lists) are walked here; each item of a list is stringified
// whole, and the pieces go out in chunks of about CHUNK characters.

const CHUNK = 1 << 16;

/** Writes exactly what JSON.stringify(value, null, indent) gives (indent '' for the compact form). */
export function writeJson(value: unknown, out: (text: string) => void, indent = '', splitDepth = 3): void {
  let pending: string[] = [];
  let pendingLength = 0;
  const add = (text: string) => {
    pending.push(text);
    pendingLength += text.length;
    if (pendingLength >= CHUNK) flush();
  };
  const flush = () => {
    if (pending.length > 0) out(pending.join(''));
    pending = [];
    pendingLength = 0;
  };
  const newline = (depth: number) => (indent ? `\n${indent.repeat(depth)}` : '');
  const write = (v: unknown, depth: number): void => {
    if (depth >= splitDepth || !isPlainContainer(v)) {
      const text = JSON.stringify(v, null, indent) ?? 'null';
      add(indent ? text.replace(/\n/g, newline(depth)) : text);
      return;
    }
    if (Array.isArray(v)) {
      if (v.length === 0) return add('[]');
      v.forEach((item, i) => {
        add(`${i ? ',' : '['}${newline(depth + 1)}`);
        write(item, depth + 1);
      });
      return add(`${newline(depth)}]`);
    }
    const entries = Object.entries(v).filter(([, item]) => item !== undefined && typeof item !== 'function' && typeof item !== 'symbol');
    if (entries.length === 0) return add('{}');
    entries.forEach(([key, item], i) => {
      add(`${i ? ',' : '{'}${newline(depth + 1)}${JSON.stringify(key)}:${indent ? ' ' : ''}`);
      write(item, depth + 1);
    });
    add(`${newline(depth)}}`);
  };
  write(value, 0);
  flush();
}

/** An array, or an object of our own data (no toJSON of its own), that this writer may walk. */
function isPlainContainer(v: unknown): v is object {
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}
