// Ports for tests that start servers: a port free on this machine right now, and whether a
// class server answers on a port (its /class-info route).

import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** True when a class server answers on `port` of this machine. */
export function classServerListening(port: number): Promise<boolean> {
  return fetch(`http://127.0.0.1:${port}/class-info`).then(
    () => true,
    () => false,
  );
}
