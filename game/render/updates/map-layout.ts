// Where every region and badge goes for a model on a canvas of a given size. Pure.

import { frameLayout } from '../layout/frame.ts';
import type { FrameLayout } from '../layout/frame.ts';
import { inset } from '../layout/rect.ts';
import type { Rect } from '../layout/rect.ts';
import { treemap } from '../layout/treemap.ts';
import type { MapModel } from '../model/map-model.ts';
import { THEME } from '../theme.ts';

/** Smallest share of the map any segment gets, so a 1 % segment keeps a readable label. */
export const MIN_REGION_FRACTION = 0.045;

export interface MapLayout extends FrameLayout {
  regions: Rect[];
}

export function mapLayout(model: MapModel, width: number, height: number): MapLayout {
  const frame = frameLayout(width, height, model.providers.length);
  const cells = treemap(
    model.segments.map((s) => s.spend),
    frame.map,
    { order: model.order, minFraction: MIN_REGION_FRACTION },
  );
  return { ...frame, regions: cells.map((c) => inset(c, THEME.gap / 2)) };
}
