// Each quick fix as an edit of the dictionary's text: the new text to write. Edits go through
// jsonc-parser's modify, so the reader's own layout, order and comments survive, and each fix also
// withdraws what it contradicts (marking a name takes it off the "not an entity" list, and so on).
import { applyEdits, type FormattingOptions, type JSONPath, modify, type Node, type ParseError, parseTree } from 'jsonc-parser';
import type { EntityType } from '../types';
import { normalizeName } from './dictionary';
import { lineAt, syntaxProblem } from './parse';

/** A dictionary whose text cannot be edited safely (a syntax error, a list that is not a list). */
export class DictionaryEditError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'DictionaryEditError';
  }
}

/** What a new dictionary file starts as: every section present, so a reader sees where things go. */
export const NEW_DICTIONARY = '{\n  "entities": [],\n  "notEntities": [],\n  "watchlist": []\n}\n';

const LISTS = ['entities', 'notEntities', 'watchlist'] as const;

export function addEntity(text: string, name: string, type: EntityType): string {
  const target = normalizeName(name);
  let out = withoutListItem(editable(text), 'notEntities', target);
  out = withoutAlias(out, target, undefined);
  const index = entries(out).findIndex((e) => e.name === target);
  if (index < 0) return edit(out, ['entities', -1], { name: target, type });
  return entries(out)[index]!.type === type ? out : edit(out, ['entities', index, 'type'], type);
}

/** "Same as…": `alias` names the same entity as `target`; an entry of its own for `alias` merges into the target's. */
export function addAlias(text: string, target: { name: string; type: EntityType }, alias: string): string {
  const targetName = normalizeName(target.name);
  const form = normalizeName(alias);
  let out = editable(text);
  if (form === targetName) return out;
  out = withoutListItem(out, 'notEntities', form);
  const merged = entries(out).find((e) => e.name === form);
  const forms = [form, ...(merged?.aliases ?? [])].filter((f) => f !== targetName);
  while (entries(out).some((e) => e.name === form)) out = edit(out, ['entities', entries(out).findIndex((e) => e.name === form)], undefined);
  for (const f of forms) out = withoutAlias(out, f, targetName);
  const index = entries(out).findIndex((e) => e.name === targetName);
  if (index < 0) return edit(out, ['entities', -1], { name: targetName, type: target.type, aliases: forms });
  const entry = entries(out)[index]!;
  if (!entry.hasAliases) return edit(out, ['entities', index, 'aliases'], forms);
  for (const f of forms.filter((f) => !entry.aliases.includes(f))) out = edit(out, ['entities', index, 'aliases', -1], f);
  return out;
}

/** "Not an entity": drops the name's own entries and its use as an alias, and lists it. */
export function addNotEntity(text: string, name: string): string {
  const form = normalizeName(name);
  let out = editable(text);
  while (entries(out).some((e) => e.name === form)) out = edit(out, ['entities', entries(out).findIndex((e) => e.name === form)], undefined);
  out = withoutAlias(out, form, undefined);
  return withListItem(out, 'notEntities', form);
}

export function addToWatchlist(text: string, name: string): string {
  return withListItem(editable(text), 'watchlist', normalizeName(name));
}

/** Takes every one of `names` (an entity's name and aliases) off the watchlist. */
export function removeFromWatchlist(text: string, names: readonly string[]): string {
  let out = editable(text);
  for (const name of names) out = withoutListItem(out, 'watchlist', normalizeName(name));
  return out;
}

/** The text to edit: a new dictionary for an empty file; an error naming the line for one that is not safe to edit. */
function editable(text: string): string {
  if (text.trim() === '') return NEW_DICTIONARY;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true });
  if (errors.length > 0) {
    const { line, message } = syntaxProblem(text, errors[0]!);
    throw new DictionaryEditError(`line ${line}: ${message}`, line);
  }
  if (!root || root.type !== 'object') throw new DictionaryEditError('line 1: the dictionary must be an object', 1);
  for (const key of LISTS) {
    const list = childAt(root, key);
    if (list && list.type !== 'array') {
      const line = lineAt(text, list.offset);
      throw new DictionaryEditError(`line ${line}: "${key}" must be a list`, line);
    }
  }
  return text;
}

function childAt(root: Node, key: string): Node | undefined {
  const property = root.children?.find((p) => p.children?.[0]?.value === key);
  return property?.children?.[1];
}

interface RawEntry {
  name?: string;
  type?: unknown;
  aliases: string[];
  hasAliases: boolean;
}

/** The entries as written, at their indices in the file (malformed ones included, so indices hold). */
function entries(text: string): RawEntry[] {
  const list = childAt(parseTree(text, [], { allowTrailingComma: true })!, 'entities');
  return (list?.children ?? []).map((item) => {
    const field = (key: string) => (item.type === 'object' ? childAt(item, key) : undefined);
    const name = field('name');
    const aliases = field('aliases');
    return {
      name: typeof name?.value === 'string' ? normalizeName(name.value) : undefined,
      type: field('type')?.value,
      aliases: aliases?.type === 'array' ? (aliases.children ?? []).map((a) => (typeof a.value === 'string' ? normalizeName(a.value) : '')) : [],
      hasAliases: aliases?.type === 'array',
    };
  });
}

function listItems(text: string, key: (typeof LISTS)[number]): string[] {
  const list = childAt(parseTree(text, [], { allowTrailingComma: true })!, key);
  return (list?.children ?? []).map((n) => (typeof n.value === 'string' ? normalizeName(n.value) : ''));
}

function withListItem(text: string, key: 'notEntities' | 'watchlist', name: string): string {
  if (listItems(text, key).includes(name)) return text;
  const exists = parseTree(text, [], { allowTrailingComma: true })!.children?.some((p) => p.children?.[0]?.value === key);
  return exists ? edit(text, [key, -1], name) : edit(text, [key], [name]);
}

function withoutListItem(text: string, key: 'notEntities' | 'watchlist', name: string): string {
  let out = text;
  for (let i = listItems(out, key).indexOf(name); i >= 0; i = listItems(out, key).indexOf(name)) out = edit(out, [key, i], undefined);
  return out;
}

/** Removes `alias` from the aliases of every entry but the one named `keepIn`. */
function withoutAlias(text: string, alias: string, keepIn: string | undefined): string {
  let out = text;
  for (;;) {
    const index = entries(out).findIndex((e) => e.name !== keepIn && e.aliases.includes(alias));
    if (index < 0) return out;
    out = edit(out, ['entities', index, 'aliases', entries(out)[index]!.aliases.indexOf(alias)], undefined);
  }
}

function edit(text: string, path: JSONPath, value: unknown): string {
  return applyEdits(text, modify(text, path, value, { formattingOptions: formattingOf(text), getInsertionIndex: inListOrder(path[0]) }));
}

/** A missing list goes where it belongs in entities, notEntities, watchlist order, whatever else the file holds. */
function inListOrder(key: JSONPath[number] | undefined): (properties: string[]) => number {
  const rank = (k: string) => LISTS.indexOf(k as (typeof LISTS)[number]);
  return (properties) => {
    const after = properties.findIndex((p) => rank(p) > rank(String(key)));
    return after < 0 ? properties.length : after;
  };
}

/** Indent and line ends as the file already has them. */
function formattingOf(text: string): FormattingOptions {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: indent ? indent.length : 2, eol };
}
