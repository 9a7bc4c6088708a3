// The command-line tools as a scenario author or CI runs them: exit codes and output lines.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classroom, edit, where } from './helpers.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

function run(script: string, args: string[]) {
  const out = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
}

describe('npm run validate', () => {
  it('prints ok with counts for a good file and exits 0', () => {
    const r = run('game/cli/validate.ts', ['scenarios/classroom-duopoly.yaml']);
    expect(r.stdout).toBe(
      'scenarios/classroom-duopoly.yaml: ok (2 providers, 2 segments, 0 events)\n',
    );
    expect(r.code).toBe(0);
  });

  it('prints file:line:column: path: message (hint) for every problem and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cloudwar-'));
    const bad = join(dir, 'bad.yaml');
    let text = edit(classroom(), '    growth: { 2023: 0.6,', '    growht: { 2023: 0.6,');
    text = edit(text, 'difficulty: intro', 'difficulty: hrad');
    writeFileSync(bad, text);
    const r = run('game/cli/validate.ts', ['scenarios/classroom-duopoly.yaml', bad]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/: ok \(/);
    const at = (needle: string) => {
      const pos = where(text, needle);
      return `${bad}:${pos.line}:${pos.column}:`;
    };
    expect(lines.slice(1)).toEqual([
      `${at('hrad')} difficulty: must be one of \`intro\`, \`standard\`, \`hard\`, got text "hrad" (did you mean \`hard\`?)`,
      `${at('growht')} segments[1].growht: unknown field \`growht\` (did you mean \`growth\`?)`,
    ]);
  });

  it('exits 2 with a one-line usage error for no files or a missing file', () => {
    for (const args of [[], ['scenarios/no-such-file.yaml']]) {
      const r = run('game/cli/validate.ts', args);
      expect(r.code).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
  });
});

describe('npm run schema -- --check', () => {
  it('passes on the checked-in files', () => {
    const r = run('game/cli/export-schema.ts', ['--check']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
