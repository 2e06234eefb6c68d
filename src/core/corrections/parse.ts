// Reads a dictionary written by hand: comments and trailing commas are fine, and a mistake in one
// place is reported with its line while every well-formed entry still applies.
import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { ENTITY_TYPES } from '../types';
import { type Dictionary, type DictionaryEntity, type DictionaryProblem, emptyDictionary, normalizeName } from './dictionary';

export interface ParsedDictionary {
  dictionary: Dictionary;
  problems: DictionaryProblem[];
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing brace "}" is expected',
  CloseBracketExpected: 'a closing bracket "]" is expected',
  EndOfFileExpected: 'text after the end of the dictionary',
  InvalidCommentToken: 'malformed comment',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'malformed \\u escape',
  InvalidEscapeCharacter: 'malformed escape character',
  InvalidCharacter: 'character not allowed in a string',
};

const TOP_LEVEL_KEYS = new Set(['$schema', 'entities', 'notEntities', 'watchlist']);
const ENTITY_KEYS = new Set(['name', 'type', 'aliases']);
const TYPE_LIST = ENTITY_TYPES.map((t) => `"${t}"`).join(', ');

/** 1-based line of an offset; "\r\n", "\n" and a lone "\r" each end a line. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

export function syntaxProblem(text: string, error: ParseError): DictionaryProblem {
  return { line: lineAt(text, error.offset), message: SYNTAX_MESSAGES[printParseErrorCode(error.error)] ?? 'syntax error' };
}

function propertiesOf(node: Node): { key: string; keyNode: Node; value: Node | undefined }[] {
  return (node.children ?? []).flatMap((property) => {
    const [keyNode, value] = property.children ?? [];
    return keyNode && typeof keyNode.value === 'string' ? [{ key: keyNode.value, keyNode, value }] : [];
  });
}

export function parseDictionary(text: string): ParsedDictionary {
  const dictionary = emptyDictionary();
  const problems: DictionaryProblem[] = [];
  const report = (offset: number, message: string) => problems.push({ line: lineAt(text, offset), message });
  if (text.trim() === '') return { dictionary, problems };

  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  problems.push(...errors.map((error) => syntaxProblem(text, error)));
  if (!root) return { dictionary, problems: sorted(problems) };
  if (root.type !== 'object') {
    report(root.offset, 'the dictionary must be an object like {"entities": [], "notEntities": [], "watchlist": []}');
    return { dictionary, problems: sorted(problems) };
  }

  for (const { key, keyNode, value } of propertiesOf(root)) {
    if (!TOP_LEVEL_KEYS.has(key)) report(keyNode.offset, `unknown property "${key}" (expected "entities", "notEntities" or "watchlist")`);
    else if (!value) continue;
    else if (key === 'entities') dictionary.entities.push(...readEntities(value, report));
    else if (key === 'notEntities') dictionary.notEntities.push(...readNames(value, key, report));
    else if (key === 'watchlist') dictionary.watchlist.push(...readNames(value, key, report));
  }
  return { dictionary, problems: sorted(problems) };
}

type Report = (offset: number, message: string) => void;

/** A list of names; an entry that is not a non-empty string is reported and skipped. */
function readNames(node: Node, key: string, report: Report): string[] {
  if (node.type !== 'array') {
    report(node.offset, `"${key}" must be a list of names`);
    return [];
  }
  const names: string[] = [];
  (node.children ?? []).forEach((item, i) => {
    const name = typeof item.value === 'string' ? normalizeName(item.value) : '';
    if (item.type === 'string' && name) names.push(name);
    else report(item.offset, `${key}[${i}] must be a non-empty string`);
  });
  return names;
}

function readEntities(node: Node, report: Report): DictionaryEntity[] {
  if (node.type !== 'array') {
    report(node.offset, '"entities" must be a list of {"name", "type", "aliases"} objects');
    return [];
  }
  return (node.children ?? []).flatMap((item, i) => {
    const entity = readEntity(item, `entities[${i}]`, report);
    return entity ? [entity] : [];
  });
}

function readEntity(node: Node, where: string, report: Report): DictionaryEntity | undefined {
  if (node.type !== 'object') {
    report(node.offset, `${where} must be an object like {"name": "…", "type": "person"}`);
    return undefined;
  }
  const properties = propertiesOf(node);
  const value = (key: string) => properties.find((p) => p.key === key)?.value;
  for (const { key, keyNode } of properties) {
    if (!ENTITY_KEYS.has(key)) report(keyNode.offset, `${where}: unknown property "${key}" (expected "name", "type" or "aliases")`);
  }
  const nameNode = value('name');
  const typeNode = value('type');
  const aliasesNode = value('aliases');
  const name = nameNode?.type === 'string' ? normalizeName(nameNode.value as string) : '';
  const type = ENTITY_TYPES.find((t) => t === typeNode?.value);
  if (!nameNode) report(node.offset, `${where} has no "name"`);
  else if (!name) report(nameNode.offset, `${where}.name must be a non-empty string`);
  if (!typeNode) report(node.offset, `${where} has no "type" (one of ${TYPE_LIST})`);
  else if (!type) report(typeNode.offset, `${where}.type must be one of ${TYPE_LIST}`);
  const aliases = aliasesNode ? readNames(aliasesNode, `${where}.aliases`, report) : [];
  if (!name || !type) return undefined;
  return { name, type, aliases: [...new Set(aliases)].filter((alias) => alias !== name) };
}

function sorted(problems: DictionaryProblem[]): DictionaryProblem[] {
  return problems.sort((a, b) => a.line - b.line);
}
