// The index builder's file access in the editor: VS Code's file system for stat and whole reads (so
// remote and virtual workspaces work), and a ranged read of the first bytes of a local file for
// sniffing plain-text files, so a workspace of ten thousand notes costs a few KB each.
import { promises as fs } from 'fs';
import * as vscode from 'vscode';
import type { IndexSources } from '../../workspace/build';
import type { FileStamp } from '../../workspace/entry';

async function readLocalHead(path: string, bytes: number): Promise<Uint8Array> {
  const handle = await fs.open(path, 'r');
  try {
    const buffer = new Uint8Array(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export function editorFileAccess(): Omit<IndexSources, 'analyse'> {
  return {
    async stat(uri: string): Promise<FileStamp> {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
      return { mtime: stat.mtime, size: stat.size };
    },
    read: async (uri) => vscode.workspace.fs.readFile(vscode.Uri.parse(uri)),
    readHead: async (uri, bytes) => {
      const parsed = vscode.Uri.parse(uri);
      return parsed.scheme === 'file' ? readLocalHead(parsed.fsPath, bytes) : vscode.workspace.fs.readFile(parsed);
    },
  };
}
