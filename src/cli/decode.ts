// Turns a file's bytes into the text VS Code would hold: UTF-8 (or UTF-16 when a byte-order mark
// says so), byte-order mark removed. Binary files are refused rather than analysed as noise.

export type Decoded = { ok: true; text: string; warning?: string } | { ok: false; reason: string };

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, reason: 'looks like a binary file (it contains NUL bytes), not a text briefing' };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    const text = new TextDecoder('utf-8').decode(body);
    return { ok: true, text, warning: 'is not valid UTF-8; invalid bytes were replaced with U+FFFD' };
  }
}
