// The CLI's help text and its one error type. A UsageError is the caller's mistake (a bad
// flag, an unknown scenario, provider or policy): sim prints its one-line message and exits 2.

export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT_USAGE = 2;

export const USAGE = `usage:
  npm run sim -- --scenario ID_OR_PATH [--seed N] [--quarters N] [--human PROVIDER ...]
                 [--policy PROVIDER=POLICY ...] [--decisions FILE] [--format table|json|csv]
                 [--explain] [--out FILE]
  npm run sim -- batch --scenario ID_OR_PATH --seeds FROM-TO [--workers N] [--quarters N]
                 [--human PROVIDER ...] [--policy PROVIDER=POLICY ...] [--format json|csv] [--out FILE]

Without --decisions, humans play their suggested decision. --policy replaces a provider's scenario
policy. Money is CNY billions per quarter; shares are fractions of IaaS revenue.

--decisions FILE scripts the humans (YAML or JSON), quarter -> provider -> decision fields:
    2023Q2:
      ALI: { price: { C: -0.15 }, gpuCapex: 4 }
  Fields left out, and quarters without an entry, hold the provider's course as the decision
  panel does: list prices stay (a price change is one quarter's move), spending and capacity
  orders repeat, one-off moves (credit deal, project exit, open weights) do not. Without
  --human, the providers the file names are the humans. Problems: file:line:column, exit 2.
--format json prints per quarter and provider revenueShare (alias iaasShare), revenue, ebita,
  cash, debt, decision and the policy's reason, then each human's score; --explain adds why
  each segment's revenue share moved (driver -> change, fraction).
batch plays one game per seed on worker threads; without --workers it takes one worker per 9,000
  game-quarters (500 games of 18 quarters), up to the number of cores: each worker spends about
  3 s compiling the engine before it runs at full speed, so small batches are faster on one.
npm prints its own banner on stdout: use "npm run -s sim -- ..." or --out for clean JSON/CSV.
`;
