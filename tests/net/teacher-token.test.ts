// The console's address: `#teacher=TOKEN` opens the console, the token moves to the tab's
// session storage and leaves the address bar (the projector shows it); a reload at `#teacher`
// finds it again; anything else is no console.

import { describe, expect, it } from 'vitest';
import { teacherTokenOfPage } from '../../game/net/teacher.ts';

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUv';

function tab(hash: string, stored: string | null = null) {
  const storage = new Map<string, string>();
  if (stored !== null) storage.set('cloudwar.teacher', stored);
  const replaced: string[] = [];
  const token = teacherTokenOfPage(
    { hash, pathname: '/', search: '?x=1' },
    { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
    (url) => replaced.push(url),
  );
  return { token, replaced, storage };
}

describe('teacherTokenOfPage', () => {
  it('takes the token from the address, keeps it for the tab and shortens the address', () => {
    const { token, replaced, storage } = tab(`#teacher=${TOKEN}`);
    expect(token).toBe(TOKEN);
    expect(replaced).toEqual(['/?x=1#teacher']);
    expect(storage.get('cloudwar.teacher')).toBe(TOKEN);
  });

  it('finds the kept token after a reload at #teacher', () => {
    expect(tab('#teacher', TOKEN)).toMatchObject({ token: TOKEN, replaced: [] });
    expect(tab('#teacher').token).toBeNull();
  });

  it('is no console for other addresses or malformed tokens', () => {
    expect(tab('').token).toBeNull();
    expect(tab('#join').token).toBeNull();
    expect(tab(`#teachers=${TOKEN}`).token).toBeNull();
    const bad = tab('#teacher=short<script>');
    expect(bad.token).toBeNull();
    expect(bad.storage.size).toBe(0);
    expect(bad.replaced).toEqual([]);
  });
});
