// Whether the guided first quarter has been seen, kept in localStorage across games.

const KEY = 'cloud-price-war.guide-done';

export function guideDone(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function markGuideDone(): void {
  try {
    globalThis.localStorage?.setItem(KEY, '1');
  } catch {
    // Private mode: the guide simply shows again next time.
  }
}
