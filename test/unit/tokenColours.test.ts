// The semantic token fallbacks in package.json must give people, organizations and places three
// different colours, none the plain text colour, in VS Code's default themes. Read from the theme
// files of the code-server install (scripts/install-code-server.sh); skipped when it is absent.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const THEMES = path.join(
  process.env.BRIEFING_LENS_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'briefing-lens'),
  'code-server/node_modules/code-server/lib/vscode/extensions/theme-defaults/themes',
);
const DEFAULT_THEMES = ['2026-dark.json', '2026-light.json', 'dark_modern.json', 'light_modern.json', 'dark_plus.json', 'light_plus.json'];

interface Rule {
  scope?: string | string[];
  settings?: { foreground?: string };
}

function load(file: string): { rules: Rule[]; foreground?: string } {
  const theme = JSON.parse(fs.readFileSync(path.join(THEMES, file), 'utf8'));
  const base = theme.include ? load(path.basename(theme.include)) : { rules: [] };
  return { rules: [...base.rules, ...(theme.tokenColors ?? [])], foreground: theme.colors?.['editor.foreground'] ?? base.foreground };
}

/** TextMate matching for a lone scope: the longest selector that is the scope or a dotted prefix wins; later rules win ties. */
function colourOf(rules: Rule[], scope: string): string | undefined {
  let best: { length: number; colour: string } | undefined;
  for (const rule of rules) {
    const colour = rule.settings?.foreground;
    if (!colour) continue;
    const selectors = Array.isArray(rule.scope) ? rule.scope : String(rule.scope ?? '').split(',');
    for (const selector of selectors.map((s) => s.trim())) {
      if (selector.includes(' ') || !(scope === selector || scope.startsWith(`${selector}.`))) continue;
      if (!best || selector.length >= best.length) best = { length: selector.length, colour };
    }
  }
  return best?.colour;
}

/** CIE L*a*b* of a #rrggbb colour (D65). */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map((t) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116));
  return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
}

/** Colour difference ΔE (CIE76): about 2 is just noticeable, above 15 reads as another colour. */
function distance(a: string, b: string): number {
  const [x, y] = [lab(a), lab(b)];
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
}

const DISTINCT = 15;

describe('semantic token colours in the default themes', function () {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
  const scopes: Record<string, string[]> = manifest.contributes.semanticTokenScopes.find(
    (s: { language: string }) => s.language === 'briefing',
  ).scopes;

  before(function () {
    if (!fs.existsSync(THEMES)) this.skip();
  });

  for (const file of DEFAULT_THEMES) {
    it(`shows three distinct colours in ${file}`, () => {
      const theme = load(file);
      const colours = ['person', 'organization', 'place'].map((type) => colourOf(theme.rules, scopes[type][0]) ?? '');
      const text = theme.foreground ?? '';
      for (const colour of colours) {
        assert.ok(/^#[0-9a-f]{6}/i.test(colour) && distance(colour, text) >= DISTINCT, `${colours} against text ${text}`);
      }
      for (const [a, b] of [[0, 1], [0, 2], [1, 2]]) {
        assert.ok(distance(colours[a], colours[b]) >= DISTINCT, `${colours[a]} and ${colours[b]} look alike`);
      }
    });
  }
});
