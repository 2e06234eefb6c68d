import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

export const ROOT_SCOPE = 'text.briefing';

/** The repository root: the nearest folder above this file that holds package.json (works from out/ too). */
export const repoRoot = ((): string => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
})();

export const grammarPath = path.join(repoRoot, 'syntaxes', 'briefing.tmLanguage.json');
export const fixturePath = (name: string): string => path.join(repoRoot, 'test', 'fixtures', 'grammar', name);

let onigLib: Promise<vsctm.IOnigLib> | undefined;

/** The real Oniguruma that VS Code uses, loaded once from the package's onig.wasm. */
export function loadOniguruma(): Promise<vsctm.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    };
  })();
  return onigLib;
}

let grammar: Promise<vsctm.IGrammar> | undefined;

export function loadGrammar(): Promise<vsctm.IGrammar> {
  grammar ??= (async () => {
    const registry = new vsctm.Registry({
      onigLib: loadOniguruma(),
      loadGrammar: async (scopeName) =>
        scopeName === ROOT_SCOPE ? vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null,
    });
    const loaded = await registry.loadGrammar(ROOT_SCOPE);
    if (!loaded) throw new Error(`grammar ${ROOT_SCOPE} did not load from ${grammarPath}`);
    return loaded;
  })();
  return grammar;
}

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly scopes: readonly string[];
}

/** True when one of the token's scopes is `scope` or a more specific scope under it. */
export const hasScope = (token: Token, scope: string): boolean =>
  token.scopes.some((s) => s === scope || s.startsWith(scope + '.'));

/** A document tokenised line by line, carrying the rule stack across lines as VS Code does. */
export class TokenizedDocument {
  private constructor(
    readonly lines: readonly string[],
    readonly tokens: readonly (readonly Token[])[],
  ) {}

  static async of(text: string): Promise<TokenizedDocument> {
    const g = await loadGrammar();
    const lines = text.split(/\r?\n/);
    let stack = vsctm.INITIAL;
    const tokens = lines.map((line) => {
      const result = g.tokenizeLine(line, stack);
      stack = result.ruleStack;
      return result.tokens.map((t) => ({
        start: t.startIndex,
        end: Math.min(t.endIndex, line.length),
        text: line.slice(t.startIndex, t.endIndex),
        scopes: t.scopes,
      }));
    });
    return new TokenizedDocument(lines, tokens);
  }

  static async ofFixture(name: string): Promise<TokenizedDocument> {
    return TokenizedDocument.of(fs.readFileSync(fixturePath(name), 'utf8'));
  }

  /** Line and column of the `occurrence`-th (0-based) appearance of `needle`. */
  locate(needle: string, occurrence = 0): { line: number; column: number } {
    let seen = 0;
    for (let line = 0; line < this.lines.length; line++) {
      for (let column = this.lines[line].indexOf(needle); column >= 0; column = this.lines[line].indexOf(needle, column + 1)) {
        if (seen++ === occurrence) return { line, column };
      }
    }
    throw new Error(`"${needle}" (occurrence ${occurrence}) is not in the document`);
  }

  tokenAt(line: number, column: number): Token {
    const token = this.tokens[line].find((t) => t.start <= column && column < t.end);
    if (!token) throw new Error(`no token at ${line}:${column}`);
    return token;
  }

  /** Scopes of the token under the first character of `needle`. */
  scopesAt(needle: string, occurrence = 0): readonly string[] {
    const { line, column } = this.locate(needle, occurrence);
    return this.tokenAt(line, column).scopes;
  }

  /**
   * The text that carries `scope` around the first character of `needle`: the run of adjacent tokens on
   * that line that all have the scope. Empty when the character does not carry it. Comparing this with
   * the expected text checks both ends of the span, not only that the scope is present.
   */
  extentOf(scope: string, needle: string, occurrence = 0): string {
    const { line, column } = this.locate(needle, occurrence);
    const lineTokens = this.tokens[line];
    const at = lineTokens.findIndex((t) => t.start <= column && column < t.end);
    if (at < 0 || !hasScope(lineTokens[at], scope)) return '';
    let first = at;
    let last = at;
    while (first > 0 && hasScope(lineTokens[first - 1], scope)) first--;
    while (last < lineTokens.length - 1 && hasScope(lineTokens[last + 1], scope)) last++;
    return this.lines[line].slice(lineTokens[first].start, lineTokens[last].end);
  }

  /** All scopes used anywhere on a line. */
  scopesOnLine(line: number): Set<string> {
    return new Set(this.tokens[line].flatMap((t) => t.scopes));
  }
}

export interface GrammarFixtures {
  garrison: TokenizedDocument;
  border: TokenizedDocument;
  wire: TokenizedDocument;
}

let fixtures: Promise<GrammarFixtures> | undefined;

/** The three fixture briefings the scope tests read, tokenised once for every suite. */
export function grammarFixtures(): Promise<GrammarFixtures> {
  fixtures ??= (async () => ({
    garrison: await TokenizedDocument.ofFixture('steppe-garrison.txt'),
    border: await TokenizedDocument.ofFixture('unclosed-quotes.txt'),
    wire: await TokenizedDocument.ofFixture('wire-digest.txt'),
  }))();
  return fixtures;
}
