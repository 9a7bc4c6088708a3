// Mounts the DOM UI into the slots of game/index.html: one Preact tree per slot. Every component
// subscribes to what it draws (view/use-store.ts) and Preact's keyed diffing keeps the elements
// it does not need to change, so a button under a click that also commits an edited field (the
// field's `change` fires on blur, before the click) is still the same element when the click
// lands. The overlay's component also keeps the page outside the trees (language, title, screen
// name, inert layout) in step with the session.

import { h as element, render } from 'preact';
import type { ComponentChild } from 'preact';
import { mountAlert } from './alert.ts';
import { Briefing } from './briefing/Briefing.tsx';
import type { UiContext } from './context.ts';
import { DecisionPanel } from './decisions/DecisionPanel.tsx';
import { installDesktopBridge } from './desktop-bridge.ts';
import { Guide } from './guide/Guide.tsx';
import { mountHelp } from './help-dialog.tsx';
import { Overlay } from './overlay/Overlay.tsx';
import { installShortcuts } from './shortcuts.ts';
import { SidePanel } from './side/SidePanel.tsx';
import { createStartForm } from './start/form.ts';
import { Ticker } from './ticker/Ticker.tsx';
import { TopBar } from './topbar/TopBar.tsx';

export type { UiContext } from './context.ts';

function slot(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`game/index.html has no #${id}`);
  return el;
}

/** A new element for a tree that has no slot in index.html. */
function extraSlot(parent: HTMLElement, className: string): HTMLElement {
  const el = document.createElement('div');
  el.className = className;
  parent.appendChild(el);
  return el;
}

export function mountUi(ctx: UiContext): () => void {
  const app = slot('app');
  const decisions = slot('decisions');
  const overlay = slot('overlay');
  mountAlert(app);
  mountHelp(document.body, ctx);
  const slots = { app, overlay, decisions, layout: app.querySelector<HTMLElement>('.layout') };
  // The briefing first: the guide looks for its dialog when it mounts.
  const trees: [HTMLElement, ComponentChild][] = [
    [extraSlot(document.body, 'briefing-slot'), element(Briefing, { ctx })],
    [extraSlot(app, 'guide-slot'), element(Guide, { ctx })],
    [slot('topbar'), element(TopBar, { ctx })],
    [decisions, element(DecisionPanel, { ctx })],
    [slot('side'), element(SidePanel, { ctx })],
    [slot('ticker'), element(Ticker, { ctx })],
    [overlay, element(Overlay, { ctx, form: createStartForm(ctx), slots })],
  ];
  for (const [root, tree] of trees) render(tree, root);
  const removeKeys = installShortcuts(ctx);
  const removeDesktop = installDesktopBridge(ctx);

  return () => {
    removeKeys();
    removeDesktop();
    for (const [root] of trees) render(null, root);
  };
}
