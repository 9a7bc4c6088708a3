// What the markets answered: refusals named by market, commands sent, the export's files.

import type { Feedback } from './model.ts';

export function FeedbackList(props: { feedback: Feedback[] }) {
  return (
    <ul class="console-feedback" id="console-feedback" aria-live="polite">
      {props.feedback.map((line) => (
        <li key={line.id} class={`tone-${line.tone}`} data-market={line.market ?? 'all'}>
          {line.text}
        </li>
      ))}
    </ul>
  );
}
