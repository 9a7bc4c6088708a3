// Errors that belong to no single control: a dilemma's answer, or anything the panel has no
// field for (shown with the engine's own message rather than dropped).

import type { DecisionError } from '../../engine/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { errorText, fieldKey } from '../error-text.ts';

const FIELDS = new Set([
  'price',
  'gpuCapex',
  'dcCapex',
  'rnd',
  'ecosystem',
  'security',
  'trainShare',
  'projectExit',
  'creditDeal',
  'openSource',
  'priority',
  'budget',
  'dilemma',
]);

function Alert(props: { className: string; errors: DecisionError[]; loc: Locale }) {
  if (props.errors.length === 0) return null;
  return (
    <div class={props.className} role="alert">
      {props.errors.map((e, i) => (
        <p key={i}>{errorText(e, props.loc)}</p>
      ))}
    </div>
  );
}

export function DraftErrors(props: { errors: DecisionError[]; loc: Locale }) {
  const { errors, loc } = props;
  const dilemma = errors.filter((e) => fieldKey(e.field).startsWith('dilemma'));
  const general = errors.filter((e) => !FIELDS.has(fieldKey(e.field).split('.')[0]!));
  return (
    <>
      <Alert className="field-error" errors={dilemma} loc={loc} />
      <Alert className="field-error general" errors={general} loc={loc} />
    </>
  );
}
