// The class host's resident memory, read from /proc (Linux) while the benchmark runs; the
// benchmark samples it to find the peak. Elsewhere the figure reads as NaN.

import { readFile } from 'node:fs/promises';

/** Resident set size of process `pid` now (MB). */
export async function hostRssMb(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}
