// What the scenes get from start-phaser: the map feed to read, and the view store's two
// actions to forward pointer input to. Nothing that can change the game.

import type { MapFeed } from '../feed/map-feed.ts';

export interface ViewActions {
  getState(): {
    selectedSegment: string | null;
    selectSegment(segment: string | null): void;
    hoverProvider(provider: string | null): void;
  };
}

export interface SceneDeps {
  feed: MapFeed;
  view: ViewActions;
}

/** Game-wide event: MarketMap asks the Hud to show (lines) or hide (null) the tooltip. */
export const TOOLTIP = 'cloudwar-tooltip';
/** Game-wide event: the pointer moved while a tooltip is shown (x, y). */
export const TOOLTIP_MOVE = 'cloudwar-tooltip-move';
