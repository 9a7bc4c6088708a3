// The "Host a class" form's data: its first values (the defaults of `npm run class`) and which
// field a refusal from the desktop shell names (its issue path, `payload.markets`).

import type { HostClassRequest } from '../../host/host.ts';
import type { Locale } from '../../i18n/index.ts';
import type { ShippedScenario } from '../../shipped-scenarios.ts';

/** The port `npm run class` listens on unless told otherwise. */
export const DEFAULT_CLASS_PORT = 2567;

/** The scenario written for a class (two providers, short); any other when it is missing. */
const CLASS_SCENARIO = 'classroom-duopoly';

export const CLASS_FIELDS = [
  'scenario',
  'markets',
  'seats',
  'deadlineMinutes',
  'lang',
  'seed',
  'port',
] as const;
export type ClassField = (typeof CLASS_FIELDS)[number];

/** The form as it opens: the CLI's defaults, every provider a team seat, the page's language. */
export function initialRequest(
  scenarios: readonly ShippedScenario[],
  loc: Locale,
): HostClassRequest {
  const chosen = scenarios.find((s) => s.id === CLASS_SCENARIO) ?? scenarios[0];
  return {
    scenario: chosen?.id ?? CLASS_SCENARIO,
    markets: 1,
    seats: chosen ? chosen.scenario.providers.map((p) => p.id) : [],
    deadlineMinutes: 10,
    advance: 'all',
    practice: false,
    lang: loc,
    seed: 1,
    port: DEFAULT_CLASS_PORT,
    folder: 'app',
  };
}

/** A refusal as the form shows it: the field its first issue names (null: the whole form). */
export function classFieldError(e: unknown): { field: ClassField | null; message: string } {
  const message = e instanceof Error ? e.message : String(e);
  const issues = (e as { issues?: unknown } | null)?.issues;
  const path = Array.isArray(issues) ? (issues[0] as { path?: unknown } | undefined)?.path : null;
  const name = typeof path === 'string' ? path.replace(/^payload\./, '') : '';
  const field = (CLASS_FIELDS as readonly string[]).includes(name) ? (name as ClassField) : null;
  return { field, message };
}
