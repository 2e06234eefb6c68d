// The machine the figures were measured on, printed first so every run can be told apart.
import * as fs from 'fs';
import * as os from 'os';

function osName(): string {
  try {
    const release = fs.readFileSync('/etc/os-release', 'utf8');
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(release)?.[1];
    if (pretty) return `${pretty}, ${os.type()} ${os.release()}`;
  } catch {
    // not Linux: fall through to what Node knows
  }
  return `${os.type()} ${os.release()}`;
}

export function describeMachine(): string {
  const cpus = os.cpus();
  return [
    `CPU:    ${cpus[0]?.model.trim() ?? 'unknown'}, ${cpus.length} cores (os.availableParallelism ${os.availableParallelism()})`,
    `memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `node:   ${process.version}`,
    `OS:     ${osName()}`,
    `load:   ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (1, 5, 15 min averages at start; other work on the machine adds noise)`,
  ].join('\n');
}
