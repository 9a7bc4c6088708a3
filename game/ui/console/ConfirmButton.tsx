// A button for a command that cannot be taken back (resolve now, undo a quarter, free a seat):
// the first press asks the question in place, with "Yes" focused and "Cancel" beside it; Escape
// or Cancel puts the button back. Nothing is sent until "Yes".

import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';

export function ConfirmButton(props: {
  id: string;
  label: string;
  question: string;
  loc: Locale;
  disabled?: boolean;
  onConfirm: () => void;
}) {
  const asking = useSignal(false);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking.value) yes.current?.focus();
  }, [asking.value]);
  if (!asking.value)
    return (
      <button
        id={props.id}
        type="button"
        class="danger"
        disabled={props.disabled}
        onClick={() => (asking.value = true)}
      >
        {props.label}
      </button>
    );
  return (
    <span
      class="console-confirm"
      role="alertdialog"
      aria-label={props.label}
      onKeyDown={(e) => {
        if (e.key === 'Escape') asking.value = false;
      }}
    >
      <span>{props.question}</span>
      <button
        ref={yes}
        id={`${props.id}-yes`}
        type="button"
        class="danger"
        onClick={() => {
          asking.value = false;
          props.onConfirm();
        }}
      >
        {t('console.confirm.yes', props.loc)}
      </button>
      <button type="button" onClick={() => (asking.value = false)}>
        {t('console.confirm.no', props.loc)}
      </button>
    </span>
  );
}
