// Window bounds and maximised state, remembered between runs. Pure helpers plus an atomic
// load/save; a saved position that no longer lies on any display is dropped (the window is
// centred instead), and sizes are clamped to something usable.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './fs-atomic.ts';

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 640;
export const DEFAULT_STATE: WindowState = { width: 1280, height: 800, maximized: false };

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const int = z.number().int().min(-100_000).max(100_000);
const stateShape = z.object({
  x: int.optional(),
  y: int.optional(),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  maximized: z.boolean(),
});

export function parseWindowState(text: string): WindowState {
  try {
    const parsed = stateShape.safeParse(JSON.parse(text));
    if (!parsed.success) return { ...DEFAULT_STATE };
    const { x, y, width, height, maximized } = parsed.data;
    return {
      ...(x !== undefined && y !== undefined ? { x, y } : {}),
      width,
      height,
      maximized,
    };
  } catch {
    return { ...DEFAULT_STATE };
  }
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Clamps the size to the largest work area and drops a position that is mostly off-screen. */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const maxW = Math.max(MIN_WIDTH, ...workAreas.map((a) => a.width));
  const maxH = Math.max(MIN_HEIGHT, ...workAreas.map((a) => a.height));
  const width = Math.min(Math.max(state.width, MIN_WIDTH), maxW);
  const height = Math.min(Math.max(state.height, MIN_HEIGHT), maxH);
  const fitted: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return fitted;
  const rect = { x: state.x, y: state.y, width, height };
  // Keep the position only if at least a quarter of the window is on some display.
  const visible = workAreas.some((area) => overlap(rect, area) >= (width * height) / 4);
  return visible ? { ...fitted, x: state.x, y: state.y } : fitted;
}

export async function loadWindowState(
  userData: string,
  workAreas: readonly Rect[],
): Promise<WindowState> {
  let state: WindowState;
  try {
    state = parseWindowState(await readFile(join(userData, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    state = { ...DEFAULT_STATE };
  }
  return fitToDisplays(state, workAreas);
}

export async function saveWindowState(userData: string, state: WindowState): Promise<void> {
  await writeFileAtomic(join(userData, WINDOW_STATE_FILE), JSON.stringify(state) + '\n');
}
