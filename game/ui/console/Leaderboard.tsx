// The class leaderboard: every seated team of every market ranked by its scenario score (the
// grades export's ranking, computed here from the markets' logs).

import type { GradeRow } from '../../classroom/grades.ts';
import type { Scenario } from '../../engine/index.ts';
import { formatNumber, t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';

export function Leaderboard(props: { rows: GradeRow[]; scenario: Scenario; loc: Locale }) {
  const { rows, scenario, loc } = props;
  const name = (id: string): string => scenario.providers.find((p) => p.id === id)?.name[loc] ?? id;
  return (
    <section class="console-leaderboard" aria-labelledby="leaderboard-title">
      <h2 id="leaderboard-title">{t('console.leaderboard', loc)}</h2>
      {rows.length === 0 ? (
        <p class="muted">{t('console.noTeams', loc)}</p>
      ) : (
        <table id="leaderboard">
          <thead>
            <tr>
              <th scope="col">{t('console.rank', loc)}</th>
              <th scope="col">{t('console.team', loc)}</th>
              <th scope="col">{t('join.market', loc)}</th>
              <th scope="col">{t('console.provider', loc)}</th>
              <th scope="col" class="num">
                {t('console.score', loc)}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr data-team={row.team}>
                <td>{row.rank}</td>
                <th scope="row">{row.team}</th>
                <td>{t('console.market', loc, { n: row.market })}</td>
                <td>{name(row.provider)}</td>
                <td class="num">{formatNumber(row.total, loc, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
