// Copies the shared world (sources, lines, market, segments, providers, events) of
// china-2021-long-slide.yaml into the other China scenarios, leaving their headers, random
// decks and objectives alone. Run after editing or refitting the 2021 file:
//   node scripts/sync-china-world.mjs
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

const SOURCE = 'scenarios/china-2021-long-slide.yaml';
const TARGETS = ['scenarios/china-2023-price-war.yaml', 'scenarios/token-war-2024.yaml'];

function world(text, file) {
  const start = text.indexOf('\nsources:');
  const end = text.search(/\n(randomEvents|objectives):/);
  if (start < 0 || end < 0)
    throw new Error(`${file}: cannot find the world block (sources: ... objectives:)`);
  return { start, end };
}

const source = readFileSync(SOURCE, 'utf8');
const from = world(source, SOURCE);
const block = source.slice(from.start, from.end);
for (const file of TARGETS) {
  const text = readFileSync(file, 'utf8');
  const at = world(text, file);
  const temp = `${file}.tmp`;
  writeFileSync(temp, text.slice(0, at.start) + block + text.slice(at.end));
  renameSync(temp, file);
  console.log(`synced ${file}`);
}
