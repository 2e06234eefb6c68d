// The index's cache file in the extension's storage for this workspace. Written whole, through a
// temporary file renamed over the old one, so a crash mid-write leaves the previous cache intact;
// read with every problem logged and treated as "no cache", never as an error.
import * as vscode from 'vscode';
import { parseCache, serialiseCacheInSlices, type Pause } from '../../workspace/cache';
import type { IndexEntry } from '../../workspace/entry';

/** Other work of the extension host goes first between two slices of a large cache. */
const pause: Pause = () => new Promise((resolve) => setImmediate(resolve));

export class IndexCacheFile {
  readonly uri: vscode.Uri;

  constructor(
    private readonly dir: vscode.Uri,
    name: string,
    private readonly log: Pick<vscode.LogOutputChannel, 'info' | 'warn'>,
  ) {
    this.uri = vscode.Uri.joinPath(dir, name);
  }

  /** The cached entries built under `key`, or undefined when there are none to trust. */
  async load(key: string): Promise<Map<string, IndexEntry> | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(this.uri);
    } catch (error) {
      if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) {
        this.log.warn(`Workspace index: could not read the cache ${this.uri.toString()}; indexing from scratch. ${String(error)}`);
      }
      return undefined;
    }
    const parsed = await parseCache(new TextDecoder().decode(bytes), key, pause);
    if (!parsed.ok) {
      const message = `Workspace index: the cache ${this.uri.toString()} is not used: ${parsed.reason}; indexing from scratch.`;
      if (parsed.damaged) this.log.warn(message);
      else this.log.info(message);
      return undefined;
    }
    if (parsed.dropped > 0) this.log.warn(`Workspace index: ${parsed.dropped} damaged entries of the cache were dropped; those files are read again.`);
    return parsed.entries;
  }

  async save(key: string, entries: readonly IndexEntry[]): Promise<void> {
    const temporary = vscode.Uri.joinPath(this.dir, `${this.uri.path.split('/').pop()}.${process.pid}.tmp`);
    try {
      await vscode.workspace.fs.createDirectory(this.dir);
      const text = await serialiseCacheInSlices(key, entries, pause);
      await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
      await vscode.workspace.fs.rename(temporary, this.uri, { overwrite: true });
    } catch (error) {
      this.log.warn(`Workspace index: could not write the cache ${this.uri.toString()}: ${String(error)}`);
    }
  }
}
