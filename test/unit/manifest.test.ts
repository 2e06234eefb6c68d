// package.json's `contributes` and the code must name the same commands, settings and views.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  Command,
  ContextKey,
  WorkspaceCommand,
  ENTITIES_VIEW_ID,
  LANGUAGE_ID,
  SEMANTIC_TOKEN_MODIFIERS,
  SEMANTIC_TOKEN_TYPES,
  SETTING_KEYS,
  SETTINGS_SECTION,
  VIEW_CONTAINER_ID,
} from '../../src/features/ids';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

describe('package.json contributions', () => {
  it('declares exactly the commands the code handles, each with the Briefing category', () => {
    const declared = contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(declared, [...Object.values(Command), ...Object.values(WorkspaceCommand)].sort());
    for (const c of contributes.commands) assert.equal(c.category, 'Briefing', c.command);
  });

  it('declares exactly the settings the code reads, each with a markdownDescription', () => {
    const declared = Object.keys(contributes.configuration.properties).sort();
    assert.deepEqual(declared, Object.values(SETTING_KEYS).map((k) => `${SETTINGS_SECTION}.${k}`).sort());
    for (const [key, schema] of Object.entries<{ markdownDescription?: string }>(contributes.configuration.properties)) {
      assert.ok(schema.markdownDescription, `${key} has a markdownDescription`);
    }
  });

  it('puts the Entities view in its own activity-bar container with an icon that exists', () => {
    const [container] = contributes.viewsContainers.activitybar;
    assert.equal(container.id, VIEW_CONTAINER_ID);
    assert.ok(fs.existsSync(path.join(root, container.icon)), container.icon);
    assert.deepEqual(
      contributes.views[VIEW_CONTAINER_ID].map((v: { id: string }) => v.id),
      [ENTITIES_VIEW_ID],
    );
    assert.ok(contributes.viewsWelcome.some((w: { view: string }) => w.view === ENTITIES_VIEW_ID));
  });

  it('declares the semantic token legend the provider uses, with scopes for every type', () => {
    assert.deepEqual(contributes.semanticTokenTypes.map((t: { id: string }) => t.id), [...SEMANTIC_TOKEN_TYPES]);
    assert.deepEqual(contributes.semanticTokenModifiers.map((t: { id: string }) => t.id), [...SEMANTIC_TOKEN_MODIFIERS]);
    const scopes = contributes.semanticTokenScopes.find((s: { language: string }) => s.language === LANGUAGE_ID).scopes;
    const firstScopes = SEMANTIC_TOKEN_TYPES.map((t) => scopes[t][0]);
    assert.equal(new Set(firstScopes).size, 3, 'three different fallback scopes');
  });

  it('puts only declared commands in menus and welcome links, and hides the one that needs arguments from the palette', () => {
    const declared = new Set<string>([...Object.values(Command), ...Object.values(WorkspaceCommand)]);
    for (const [menu, items] of Object.entries<{ command: string }[]>(contributes.menus)) {
      for (const item of items) assert.ok(declared.has(item.command), `${item.command} in ${menu}`);
    }
    for (const welcome of contributes.viewsWelcome) {
      for (const [, command] of welcome.contents.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(declared.has(command), command);
    }
    const palette = contributes.menus.commandPalette as { command: string; when?: string }[];
    assert.equal(palette.find((item) => item.command === Command.revealMention)?.when, 'false');
  });

  it('uses only context keys the code sets in the menus', () => {
    const known = new Set<string>(Object.values(ContextKey));
    for (const [menu, items] of Object.entries<{ when?: string }[]>(contributes.menus)) {
      for (const item of items) {
        for (const key of item.when?.match(/briefingLens\.[\w.]+/g) ?? []) {
          assert.ok(known.has(key) || key === ENTITIES_VIEW_ID, `${key} in "${item.when}" (${menu})`);
        }
      }
    }
  });
});
