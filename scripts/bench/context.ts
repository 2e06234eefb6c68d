// What every bench section shares: the documents (written once to a temp folder), the mode, and
// the verdicts collected for the closing summary.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { digest, readSamples } from './corpus';
import { size } from './stats';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

export interface Verdict {
  target: string;
  goal: string;
  measured: string;
  /** undefined when the measurement could not be made. */
  pass: boolean | undefined;
}

export class BenchContext {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-lens-bench-'));
  readonly samples = readSamples();
  readonly verdicts: Verdict[] = [];
  private readonly files = new Map<number, string>();

  constructor(readonly quick: boolean) {}

  /** A briefing digest of about `bytes` characters, written once per size. */
  documentFile(bytes: number): string {
    let file = this.files.get(bytes);
    if (!file) {
      file = path.join(this.dir, `digest-${size(bytes).replace(' ', '')}.briefing.txt`);
      fs.writeFileSync(file, digest(this.samples, bytes));
      this.files.set(bytes, file);
    }
    return file;
  }

  verdict(v: Verdict): void {
    this.verdicts.push(v);
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
