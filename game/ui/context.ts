// What every panel receives: the stores, the host and the shipped scenarios.
import type { SessionStore, ViewStore } from '../store/index.ts';
import type { Host } from '../host/host.ts';
import type { ShippedScenario } from '../shipped-scenarios.ts';
import type { ClassInfo } from '../wire/messages.ts';

export interface UiContext {
  session: SessionStore;
  view: ViewStore;
  host: Host;
  scenarios: ShippedScenario[];
  /** The class this page was served by (its start screen is the join screen), or null. */
  classInfo?: ClassInfo | null;
}
