// Starting a worker thread from a module that may be TypeScript source. Under tsx the main
// thread has a TypeScript loader but Node 20 does not hand it to workers (a .ts worker fails
// with ERR_UNKNOWN_FILE_EXTENSION even with --import tsx in execArgv), so a tiny bootstrap
// registers tsx's loader inside the worker first and then imports the real entry.

import { Worker } from 'node:worker_threads';

export function startWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
