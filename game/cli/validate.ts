// `npm run validate -- FILE...`: checks scenario files and prints every problem as
// `file:line:column: field: message (hint)`, or `file: ok (...)` for a good file.
// Exit 0 if all files are good, 1 if any has a problem, 2 for a usage error.
import { existsSync } from 'node:fs';
import { loadScenarioFile } from '../scenario/load-file.ts';
import { formatProblem } from '../scenario/format-problem.ts';

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    console.error('usage: npm run validate -- FILE.yaml [FILE.yaml ...]');
    return 2;
  }
  const missing = files.find((f) => !existsSync(f));
  if (missing !== undefined) {
    console.error(`validate: no such file: ${missing}`);
    return 2;
  }
  let bad = 0;
  for (const file of files) {
    const result = await loadScenarioFile(file);
    if (result.ok) {
      const s = result.scenario;
      console.log(
        `${file}: ok (${s.providers.length} providers, ${s.segments.length} segments, ${s.events.length} events)`,
      );
    } else {
      bad++;
      for (const problem of result.errors) console.log(formatProblem(problem));
    }
  }
  return bad > 0 ? 1 : 0;
}

// Piped into `head`, stdout closes early; that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});
process.exitCode = await main(process.argv.slice(2).filter((a) => a !== '--'));
