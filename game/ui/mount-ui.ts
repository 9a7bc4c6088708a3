// Placeholder until the DOM panels land: mounts nothing. Replaced by the UI work of issue 3.
import type { SessionStore, ViewStore } from '../store/index.ts';
import type { Host } from '../host/host.ts';
import type { ShippedScenario } from '../shipped-scenarios.ts';

export interface UiContext {
  session: SessionStore;
  view: ViewStore;
  host: Host;
  scenarios: ShippedScenario[];
}

export function mountUi(context: UiContext): void {
  void context;
}
