// The index builder's file access in the editor. Local files are read with Node's fs, in the
// extension host's own process: VS Code's file system API may cross to the workbench and back for
// every call (9 ms a file in a remote window), which ten thousand files cannot afford. Other schemes
// (remote, virtual workspaces) go through vscode.workspace.fs. Plain-text files are sniffed from
// their first bytes, so a workspace of ten thousand notes costs a few KB each.
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
      const parsed = vscode.Uri.parse(uri);
      if (parsed.scheme === 'file') {
        const stat = await fs.stat(parsed.fsPath);
        if (!stat.isFile()) throw new Error(`${parsed.fsPath} is not a file`);
        return { mtime: stat.mtimeMs, size: stat.size };
      }
      const stat = await vscode.workspace.fs.stat(parsed);
      return { mtime: stat.mtime, size: stat.size };
    },
    read: async (uri) => {
      const parsed = vscode.Uri.parse(uri);
      return parsed.scheme === 'file' ? fs.readFile(parsed.fsPath) : vscode.workspace.fs.readFile(parsed);
    },
    readHead: async (uri, bytes) => {
      const parsed = vscode.Uri.parse(uri);
      return parsed.scheme === 'file' ? readLocalHead(parsed.fsPath, bytes) : vscode.workspace.fs.readFile(parsed);
    },
  };
}

/** Whether `uri` is a folder now; false when it is a file or gone. */
export async function isFolder(uri: vscode.Uri): Promise<boolean> {
  try {
    if (uri.scheme === 'file') return (await fs.stat(uri.fsPath)).isDirectory();
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}
