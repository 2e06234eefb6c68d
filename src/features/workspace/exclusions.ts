// What the index leaves out of each workspace folder: files.exclude and search.exclude (which hides
// node_modules and bower_components by default), and always .git. findFiles applies files.exclude only
// when given no exclude of its own, so both are passed, and matched again here: VS Code's globs do
// not nest braces, and file events under an excluded folder are dropped without a look at the disk.
import * as vscode from 'vscode';
import { Glob } from '../../workspace/glob';

const ALWAYS = ['**/.git'];

export interface FolderExclusion {
  folder: vscode.WorkspaceFolder;
  /** For findFiles: the brace-free patterns in one group. */
  findFilesExclude: string | null;
  /** Whether the folder-relative path, or a folder above it, is excluded. */
  excludes(relativePath: string): boolean;
}

function patternsOf(section: 'files' | 'search', folder: vscode.WorkspaceFolder): string[] {
  const value = vscode.workspace.getConfiguration(section, folder.uri).get<Record<string, unknown>>('exclude') ?? {};
  // A `{ when: ... }` value hides a file only beside a sibling; the index does not look for siblings.
  return Object.entries(value)
    .filter(([, on]) => on === true)
    .map(([pattern]) => pattern);
}

export function exclusionOf(folder: vscode.WorkspaceFolder): FolderExclusion {
  const patterns = [...new Set([...ALWAYS, ...patternsOf('files', folder), ...patternsOf('search', folder)])];
  const globs = patterns.map((pattern) => new Glob(pattern));
  const simple = patterns.filter((pattern) => !/[{}]/.test(pattern));
  return {
    folder,
    findFilesExclude: simple.length > 1 ? `{${simple.join(',')}}` : (simple[0] ?? null),
    excludes: (path) => globs.some((glob) => glob.coversOrContains(path)),
  };
}

/** The path of `uri` inside `folder`, or undefined when it lies elsewhere. */
export function relativeTo(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string | undefined {
  if (uri.scheme !== folder.uri.scheme || uri.authority !== folder.uri.authority) return undefined;
  const base = folder.uri.path.replace(/\/$/, '');
  return uri.path.startsWith(`${base}/`) ? uri.path.slice(base.length + 1) : undefined;
}
