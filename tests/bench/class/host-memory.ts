// The class host's resident memory and CPU time, read from /proc (Linux) while the benchmark
// runs; the benchmark samples the memory to find its peak. Elsewhere the figures read as NaN.

import { execFileSync } from 'node:child_process';
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

let ticksPerSecond: number | null = null;

/** CPU time process `pid` has used so far, user and system, all threads (ms). */
export async function hostCpuMs(pid: number): Promise<number> {
  try {
    ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) in parentheses: utime is the 12th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / ticksPerSecond) * 1000;
  } catch {
    return NaN;
  }
}
