// Where things go on the canvas: a title band on top, the segment treemap in the middle and
// the provider headquarters (badges) in a grid at the bottom. Full badges carry four gauges;
// when they would leave the treemap less than `minReadableMap` pixels (a small window, many
// providers), the badges shrink to name and cash so the segments keep room for their labels.
// Pure, so it is unit-tested.

import type { Rect } from './rect.ts';

export const FRAME = {
  pad: 10,
  titleHeight: 30,
  badgeHeight: 96,
  badgeMinWidth: 150,
  badgeMaxWidth: 240,
  /** Name and cash gauge only (ProviderBadge draws this form for boxes under 60 px). */
  compactBadgeHeight: 42,
  compactBadgeMinWidth: 120,
  gap: 6,
  minMapHeight: 120,
  /** Below this treemap height full badges give way to compact ones. */
  minReadableMap: 260,
} as const;

export interface FrameLayout {
  title: Rect;
  map: Rect;
  badges: Rect[];
}

interface BadgeForm {
  height: number;
  minWidth: number;
}

function layoutWith(width: number, height: number, count: number, form: BadgeForm): FrameLayout {
  const { pad, gap } = FRAME;
  const innerW = Math.max(0, width - 2 * pad);
  const perRow = Math.max(1, Math.min(count, Math.floor((innerW + gap) / (form.minWidth + gap))));
  const rows = count === 0 ? 0 : Math.ceil(count / perRow);
  const badgeW = Math.min(FRAME.badgeMaxWidth, (innerW - (perRow - 1) * gap) / perRow);
  const stripH = rows === 0 ? 0 : rows * form.height + (rows - 1) * gap;
  const title: Rect = { x: pad, y: pad, w: innerW, h: FRAME.titleHeight };
  const mapY = title.y + title.h + gap;
  const mapH = Math.max(FRAME.minMapHeight, height - mapY - pad - (stripH > 0 ? stripH + gap : 0));
  const map: Rect = { x: pad, y: mapY, w: innerW, h: mapH };
  const stripY = mapY + mapH + gap;
  const badges: Rect[] = [];
  for (let i = 0; i < count; i++) {
    const row = Math.floor(i / perRow);
    const inRow = Math.min(perRow, count - row * perRow);
    const rowW = inRow * badgeW + (inRow - 1) * gap;
    const x0 = pad + (innerW - rowW) / 2;
    badges.push({
      x: x0 + (i - row * perRow) * (badgeW + gap),
      y: stripY + row * (form.height + gap),
      w: badgeW,
      h: form.height,
    });
  }
  return { title, map, badges };
}

/** The layout for a canvas of `width` × `height` pixels with `providers` badges. */
export function frameLayout(width: number, height: number, providers: number): FrameLayout {
  const count = Math.max(0, Math.floor(providers));
  const full = layoutWith(width, height, count, {
    height: FRAME.badgeHeight,
    minWidth: FRAME.badgeMinWidth,
  });
  if (full.map.h >= FRAME.minReadableMap || count === 0) return full;
  return layoutWith(width, height, count, {
    height: FRAME.compactBadgeHeight,
    minWidth: FRAME.compactBadgeMinWidth,
  });
}
