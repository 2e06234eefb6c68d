import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as oniguruma from 'vscode-oniguruma';
import { grammarPath, loadGrammar, loadOniguruma, ROOT_SCOPE } from './tokenize';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every object inside the grammar's rules (the root's own display name is not a scope). */
function ruleObjects(node: Json, out: { [key: string]: Json }[] = []): { [key: string]: Json }[] {
  if (Array.isArray(node)) node.forEach((n) => ruleObjects(n, out));
  else if (node && typeof node === 'object') {
    out.push(node);
    Object.values(node).forEach((n) => ruleObjects(n, out));
  }
  return out;
}

describe('grammar: the JSON file', () => {
  const raw = fs.readFileSync(grammarPath, 'utf8');
  const grammar = JSON.parse(raw) as { [key: string]: Json };
  const rules = ruleObjects([grammar.patterns, grammar.repository]);
  const repository = grammar.repository as { [key: string]: Json };

  it('is valid JSON with the scope name of the UI contract and loads in vscode-textmate', async () => {
    assert.equal(grammar.scopeName, ROOT_SCOPE);
    assert.ok(await loadGrammar());
  });

  it('gives every scope a standard name ending in ".briefing"', () => {
    const scopes = rules.flatMap((r) =>
      (['name', 'contentName'] as const).flatMap((k) => (typeof r[k] === 'string' ? (r[k] as string).split(/\s+/) : [])),
    );
    assert.ok(scopes.length > 20, `found ${scopes.length} scopes`);
    const wrong = scopes.filter((s) => !/^[a-z]+(\.[a-z-]+)*\.briefing$/.test(s));
    assert.deepEqual(wrong, []);
  });

  it('includes only rules that exist, and every rule is included somewhere', () => {
    const included = rules.flatMap((r) => (typeof r.include === 'string' ? [r.include] : []));
    const missing = included.filter((i) => !(i.startsWith('#') && i.slice(1) in repository));
    assert.deepEqual(missing, []);
    const unused = Object.keys(repository).filter((key) => !included.includes('#' + key));
    assert.deepEqual(unused, []);
  });

  it('has only regular expressions that the real Oniguruma compiles', async () => {
    await loadOniguruma();
    assert.throws(() => new oniguruma.OnigScanner(['(unclosed']), 'a broken pattern is reported');
    const patterns = rules.flatMap((r) =>
      (['match', 'begin', 'end', 'while'] as const).flatMap((k) => (typeof r[k] === 'string' ? [r[k] as string] : [])),
    );
    assert.ok(patterns.length > 15, `found ${patterns.length} patterns`);
    for (const pattern of patterns) {
      assert.doesNotThrow(() => new oniguruma.OnigScanner([pattern]).dispose(), pattern);
    }
  });
});
