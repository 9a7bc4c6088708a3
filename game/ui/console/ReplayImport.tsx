// Replay files from an offline class (students who played solo or hot-seat): each is verified by
// replay on this computer and ranked against the others of its scenario; a file that fails says
// which and why, and the others go on.

import { useSignal } from '@preact/signals';
import { rankReplays } from '../../classroom/rank-replays.ts';
import type { ReplayRanking } from '../../classroom/rank-replays.ts';
import { formatNumber, t } from '../../i18n/index.ts';

import type { ConsoleContext } from './context.ts';

export function ReplayImport(props: { ctx: ConsoleContext }) {
  const { ctx } = props;
  const loc = ctx.locale.value;
  const busy = useSignal(0);
  const result = useSignal<ReplayRanking | null>(null);
  const scenarioName = (id: string): string =>
    ctx.scenarios.find((s) => s.id === id)?.scenario.title[loc] ?? id;

  const read = async (files: FileList | null): Promise<void> => {
    if (!files || files.length === 0) return;
    busy.value = files.length;
    const texts = await Promise.all(
      [...files].map(async (f) => ({ name: f.name, text: await f.text() })),
    );
    result.value = await rankReplays(texts, ctx.scenarios);
    busy.value = 0;
  };

  const ranking = result.value;
  return (
    <section class="console-replays" aria-labelledby="replays-title">
      <h2 id="replays-title">{t('console.replays', loc)}</h2>
      <p class="muted">{t('console.replaysIntro', loc)}</p>
      <label class="button-like" for="replay-files">
        {t('console.chooseFiles', loc)}
      </label>
      <input
        id="replay-files"
        class="console-file-input"
        type="file"
        multiple
        accept=".json,.cloudwar,.cloudwar.json,application/json"
        onChange={(e) => void read(e.currentTarget.files)}
      />
      {busy.value > 0 ? (
        <p role="status">{t('console.verifying', loc, { n: busy.value })}</p>
      ) : null}
      {ranking && ranking.ranked.length > 0 ? (
        <table id="replays-ranked">
          <caption>{t('console.rankedTitle', loc)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('console.rank', loc)}</th>
              <th scope="col">{t('console.file', loc)}</th>
              <th scope="col">{t('console.player', loc)}</th>
              <th scope="col">{t('console.provider', loc)}</th>
              <th scope="col" class="num">
                {t('console.quarters', loc)}
              </th>
              <th scope="col">{t('console.finished', loc)}</th>
              <th scope="col" class="num">
                {t('console.score', loc)}
              </th>
            </tr>
          </thead>
          <tbody>
            {ranking.ranked.map((row) => (
              <tr data-file={row.file}>
                <td>
                  {row.rank} · {scenarioName(row.scenario)}
                </td>
                <th scope="row">
                  {row.file}
                  {row.duplicateOf ? (
                    <span class="muted">
                      {t('punct.aside', loc, {
                        text: '',
                        note: t('console.duplicateOf', loc, { file: row.duplicateOf }),
                      })}
                    </span>
                  ) : null}
                </th>
                <td>{row.player || '—'}</td>
                <td>
                  {ctx.scenarios
                    .find((s) => s.id === row.scenario)
                    ?.scenario.providers.find((p) => p.id === row.provider)?.name[loc] ??
                    row.provider}
                </td>
                <td class="num">{row.quarters}</td>
                <td>{t(row.finished ? 'console.yes' : 'console.no', loc)}</td>
                <td class="num">{formatNumber(row.score, loc, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {ranking && ranking.rejected.length > 0 ? (
        <table id="replays-rejected" class="error-table">
          <caption>{t('console.rejectedTitle', loc)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('console.file', loc)}</th>
              <th scope="col">{t('console.why', loc)}</th>
            </tr>
          </thead>
          <tbody>
            {ranking.rejected.map((row) => (
              <tr data-file={row.file}>
                <th scope="row">{row.file}</th>
                <td>
                  {t(`console.rejected.${row.code}`, loc)}
                  <span class="muted console-detail"> {row.message}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
