// Hot-seat: which team the report speaks for. Each team's button is a toggle (aria-pressed).

import type { Scenario } from '../../engine/index.ts';
import { t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { providerName } from '../game-view.ts';

export function TeamSwitcher(props: {
  scenario: Scenario;
  humans: readonly string[];
  team: string;
  loc: Locale;
  choose(id: string): void;
}) {
  const { scenario, loc } = props;
  return (
    <div class="team-switcher" role="group" aria-labelledby="team-switcher-label">
      <span id="team-switcher-label">{t('report.teams', loc)}</span>
      {props.humans.map((id) => {
        const spec = scenario.providers.find((p) => p.id === id);
        return (
          <button
            key={id}
            type="button"
            id={`team-${id}`}
            aria-pressed={id === props.team ? 'true' : 'false'}
            onClick={() => props.choose(id)}
          >
            <span class="swatch" style={{ background: spec?.colour }} aria-hidden="true" />
            {providerName(scenario, id, loc)}
          </button>
        );
      })}
    </div>
  );
}
