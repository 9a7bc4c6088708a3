// The CLI's help text and its one error type. A UsageError is the caller's mistake (a bad
// flag, an unknown scenario, provider or policy): sim prints its one-line message and exits 2.

export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT_USAGE = 2;

export const USAGE = `usage:
  npm run sim -- --scenario ID_OR_PATH [--seed N] [--quarters N] [--human PROVIDER ...]
                 [--policy PROVIDER=POLICY ...] [--format table|json|csv] [--out FILE]
  npm run sim -- batch --scenario ID_OR_PATH --seeds FROM-TO [--workers N] [--quarters N]
                 [--human PROVIDER ...] [--policy PROVIDER=POLICY ...] [--format json|csv] [--out FILE]

Humans play their suggested decision each quarter. --policy replaces a provider's scenario
policy. Money is CNY billions per quarter; shares are fractions of IaaS revenue.
npm prints its own banner on stdout: use "npm run -s sim -- ..." or --out for clean JSON/CSV.
`;
