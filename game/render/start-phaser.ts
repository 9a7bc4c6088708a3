// Placeholder until the Phaser map lands. Replaced by the render work of issue 3.
import type { SessionStore, ViewStore } from '../store/index.ts';

export interface RenderContext {
  session: SessionStore;
  view: ViewStore;
}

export function startPhaser(parent: HTMLElement, context: RenderContext): { destroy(): void } {
  void parent;
  void context;
  return { destroy() {} };
}
