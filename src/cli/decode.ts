// Turns a file's bytes into the text VS Code would hold, so that offsets printed by the CLI are the
// editor's: UTF-8, or UTF-16 when a byte-order mark or the pattern of zero bytes says so (VS Code's
// own rule); byte-order mark removed; mixed line endings made one, as the editor does on opening.
// Binary files are refused rather than analysed as noise.
import { looksBinary } from '../core/detect';

export type Decoded = { ok: true; text: string; warnings: string[] } | { ok: false; reason: string };

/** VS Code looks for zero bytes in this many leading bytes to tell binary files and BOM-less UTF-16 apart. */
const ZERO_BYTE_SCAN = 512;
/** We refuse a file with a zero byte anywhere in its head: a text briefing has none. */
const BINARY_SCAN = 8192;

export function decodeBytes(bytes: Uint8Array): Decoded {
  const encoding = utf16Encoding(bytes);
  if (!encoding && bytes.subarray(0, BINARY_SCAN).includes(0)) {
    return { ok: false, reason: 'looks like a binary file (it contains NUL bytes), not a text briefing' };
  }
  const warnings: string[] = [];
  let text: string;
  if (encoding) {
    text = new TextDecoder(encoding.label).decode(bytes.subarray(encoding.bom ? 2 : 0));
  } else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      text = new TextDecoder('utf-8').decode(body);
      warnings.push('is not valid UTF-8; invalid bytes were replaced with U+FFFD');
    }
  }
  if (looksBinary(text)) {
    return { ok: false, reason: 'looks like a binary file (many control characters), not a text briefing' };
  }
  const normalised = normaliseLineEndings(text);
  if (normalised !== text) warnings.push(`mixes line endings; offsets count them as VS Code does, all as ${normalised.includes('\r\n') ? 'CRLF' : 'LF'}`);
  return { ok: true, text: normalised, warnings };
}

/** UTF-16 by its byte-order mark, or without one by VS Code's rule: zero bytes in every other position only. */
function utf16Encoding(bytes: Uint8Array): { label: 'utf-16le' | 'utf-16be'; bom: boolean } | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', bom: true };
  let le = true;
  let be = true;
  let zero = false;
  for (let i = 0; i < bytes.length && i < ZERO_BYTE_SCAN && (le || be); i++) {
    const isZero = bytes[i] === 0;
    const odd = i % 2 === 1;
    zero ||= isZero;
    if (odd !== isZero) le = false;
    if (odd === isZero) be = false;
  }
  if (!zero) return undefined;
  if (le) return { label: 'utf-16le', bom: false };
  if (be) return { label: 'utf-16be', bom: false };
  return undefined;
}

/**
 * VS Code keeps a file's line endings when they are all alike; when they are mixed (or old Mac CRs
 * are present) it rewrites every one as CRLF if more than half are CR-based, else as LF.
 */
export function normaliseLineEndings(text: string): string {
  let cr = 0;
  let lf = 0;
  let crlf = 0;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) === 10) crlf++;
    else cr++;
  }
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lf++;
  lf -= crlf;
  const total = cr + lf + crlf;
  if (total === 0) return text;
  const eol = cr + crlf > total / 2 ? '\r\n' : '\n';
  const mixed = eol === '\r\n' ? cr > 0 || lf > 0 : cr > 0 || crlf > 0;
  return mixed ? text.replace(/\r\n|\r|\n/g, eol) : text;
}
