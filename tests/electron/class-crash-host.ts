// The desktop's class host in a process of its own, so a test can kill it (SIGKILL, as a crash
// of the app would) and resume the class from its folder (tests/electron/class-host.test.ts).
// Usage: class-crash-host.ts USER_DATA WEB_ROOT PORT; prints {"folder", "code", "port"} when
// the class is hosted, then waits to be killed.
import { readFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { createClassHost } from '../../electron/class/class-host.ts';

const [userData, webRoot, port] = process.argv.slice(2);
if (!userData || !webRoot || !port)
  throw new Error('usage: class-crash-host.ts USER_DATA WEB_ROOT PORT');
const text = await readFile(join('scenarios', 'classroom-duopoly.yaml'), 'utf8');
const host = createClassHost({
  userData,
  webRoot,
  scenarios: [{ id: 'classroom-duopoly', text }],
  interfaces: networkInterfaces,
  listenHost: '127.0.0.1',
  pickFolder: async () => undefined,
  openConsole: () => {},
  closeConsole: () => {},
});
const result = await host.start({
  scenario: 'classroom-duopoly',
  markets: 1,
  seats: ['NCL', 'SCL'],
  deadlineMinutes: 10,
  advance: 'all',
  practice: false,
  lang: 'en',
  seed: 11,
  port: Number(port),
  folder: 'app',
});
if (!result.ok || !result.value.hosted) throw new Error(JSON.stringify(result));
const { folder, code } = result.value.hosted;
process.stdout.write(`${JSON.stringify({ folder, code, port: result.value.hosted.port })}\n`);
