// Starts the Phaser market map inside `parent`. The map reads the session and game stores
// through a feed and forwards pointer input to the view store; it never changes the game.
// The parent gets `data-renderer="webgl"` or `"canvas"` once Phaser has picked a renderer
// (the end-to-end tests read it), and `data-map-share="volume"|"revenue"`: which share the
// drawn model shows. Nothing else about the game is exposed.

import * as Phaser from 'phaser';
import type { SessionStore, ViewStore } from '../store/index.ts';
import { createMapFeed } from './feed/map-feed.ts';
import { canvasSizeFor } from './layout/canvas-size.ts';
import { Boot } from './scenes/Boot.ts';
import { Hud } from './scenes/Hud.ts';
import { MarketMap } from './scenes/MarketMap.ts';
import { THEME } from './theme.ts';

export interface RenderContext {
  session: SessionStore;
  view: ViewStore;
}

export interface RenderOptions {
  /** Force a renderer (benchmarks, tests); default Phaser.AUTO: WebGL when available. */
  renderer?: 'auto' | 'webgl' | 'canvas';
}

const TYPES = { auto: Phaser.AUTO, webgl: Phaser.WEBGL, canvas: Phaser.CANVAS } as const;

export function startPhaser(
  parent: HTMLElement,
  context: RenderContext,
  options: RenderOptions = {},
): { destroy(): void } {
  const feed = createMapFeed(context.session, context.view);
  const deps = { feed, view: context.view };
  const game = new Phaser.Game({
    type: TYPES[options.renderer ?? 'auto'],
    parent,
    backgroundColor: THEME.background,
    banner: false,
    audio: { noAudio: true },
    disableContextMenu: true,
    // Only presses on the canvas itself: with window events on, Phaser hit-tests a press
    // anywhere in the page against the map, so a click on a report or debrief button lying over
    // the hidden map toggled a segment underneath (and redrew the screen mid-click).
    input: { windowEvents: false },
    // The canvas follows its parent through the observer below, not Phaser's RESIZE mode:
    // RESIZE would follow the parent down to 0x0 while the page prints (canvas-size.ts).
    scale: {
      mode: Phaser.Scale.NONE,
      parent,
      width: Math.max(1, Math.floor(parent.clientWidth)),
      height: Math.max(1, Math.floor(parent.clientHeight)),
    },
    scene: [new Boot(), new MarketMap(deps), new Hud(deps)],
  });
  const fit = (): void => {
    const next = canvasSizeFor(parent.clientWidth, parent.clientHeight, game.scale.gameSize);
    if (next) game.scale.resize(next.width, next.height);
  };
  const observer = new ResizeObserver(fit);
  game.events.once(Phaser.Core.Events.READY, () => {
    parent.dataset.renderer = game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas';
    observer.observe(parent);
  });
  const showShare = (measure: string | undefined): void => {
    if (measure) parent.dataset.mapShare = measure;
    else delete parent.dataset.mapShare;
  };
  showShare(feed.model()?.measure);
  const stopShare = feed.listen((event) => {
    if (event.kind !== 'view') showShare(event.model?.measure);
  });
  let destroyed = false;
  return {
    destroy() {
      if (destroyed) return;
      destroyed = true;
      observer.disconnect();
      stopShare();
      delete parent.dataset.mapShare;
      feed.destroy();
      game.destroy(true);
      delete parent.dataset.renderer;
    },
  };
}
