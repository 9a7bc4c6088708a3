// What the markets answered: refusals and lost connections named by market (the model keeps the
// server's words; the market is named here, in the page's language), commands sent, the export.

import { t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { Feedback } from './model.ts';
import { connectionText, refusalText } from './server-text.ts';

function lineText(line: Feedback, loc: Locale): string {
  if (line.key) {
    const values: Record<string, string | number> = { ...line.values };
    if (typeof values.command === 'string') values.command = t(values.command, loc);
    values.where =
      line.market === null
        ? t('console.allMarkets', loc)
        : t('console.market', loc, { n: line.market });
    return t(line.key, loc, values);
  }
  const text = line.errors ? refusalText(line.errors, loc) : connectionText(line.text, loc);
  if (line.market === null) return text;
  const key = line.tone === 'refused' ? 'console.refused' : 'console.lostLine';
  return t(key, loc, { n: line.market, text });
}

export function FeedbackList(props: { feedback: Feedback[]; loc: Locale }) {
  return (
    <ul class="console-feedback" id="console-feedback" aria-live="polite">
      {props.feedback.map((line) => (
        <li key={line.id} class={`tone-${line.tone}`} data-market={line.market ?? 'all'}>
          {lineText(line, props.loc)}
        </li>
      ))}
    </ul>
  );
}
