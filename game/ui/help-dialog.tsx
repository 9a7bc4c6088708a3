// Help: how to play, keyboard shortcuts, the two shares, how the score works and every term,
// in a modal <dialog> (Escape closes it). It opens at its top, with focus on its heading.

import { render } from 'preact';
import { t } from '../i18n/index.ts';
import type { Locale } from '../i18n/index.ts';
import type { UiContext } from './context.ts';
import { TERMS } from './term.ts';
import { useSession } from './view/use-store.ts';

const SHORTCUTS = [
  { key: 'E', action: 'help.keyEnd' },
  { key: 'U', action: 'help.keyUndo' },
  { key: 'R', action: 'help.keyReset' },
  { key: 'P', action: 'help.keyReport' },
  { key: 'L', action: 'help.keyLang' },
  { key: 'V', action: 'help.keyMapShare' },
  { key: '?', action: 'help.keyHelp' },
] as const;

const HOW_TO = ['help.howTo1', 'help.howTo2', 'help.howTo3', 'help.howTo4', 'help.howTo5'];

const dialogOf = (): HTMLDialogElement | null =>
  document.getElementById('help-dialog') as HTMLDialogElement | null;

function HelpBody(props: { loc: Locale }) {
  const { loc } = props;
  return (
    <>
      <h3 id="help-how">{t('help.howTo', loc)}</h3>
      <ol class="how-to">
        {HOW_TO.map((key) => (
          <li key={key}>{t(key, loc)}</li>
        ))}
      </ol>
      <h3>{t('help.shortcuts', loc)}</h3>
      <table class="shortcuts">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.key}>
              <td>
                <kbd>{s.key}</kbd>
              </td>
              <td>{t(s.action, loc)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('help.twoShares', loc)}</h3>
      <p id="help-two-shares">{t('help.twoSharesText', loc)}</p>
      <h3 id="help-score">{t('help.score', loc)}</h3>
      <p>{t('help.scoreText', loc)}</p>
      <h3>{t('help.terms', loc)}</h3>
      <dl class="glossary">
        {TERMS.map((name) => [
          <dt key={`${name}-t`}>{t(`term.${name}`, loc)}</dt>,
          <dd key={`${name}-d`}>{t(`term.${name}Tip`, loc)}</dd>,
        ])}
      </dl>
    </>
  );
}

function HelpDialog(props: { ctx: UiContext }) {
  const loc = useSession(props.ctx, (s) => s.locale);
  return (
    <dialog id="help-dialog" class="dialog" aria-labelledby="help-title">
      <div class="dialog-head">
        <h2 id="help-title" tabIndex={-1}>
          {t('help.heading', loc)}
        </h2>
        <button type="button" class="primary" id="help-close" onClick={() => dialogOf()?.close()}>
          {t('help.close', loc)}
        </button>
      </div>
      <HelpBody loc={loc} />
    </dialog>
  );
}

export function mountHelp(parent: HTMLElement, ctx: UiContext): void {
  const slot = document.createElement('div');
  slot.className = 'help-slot';
  parent.appendChild(slot);
  render(<HelpDialog ctx={ctx} />, slot);
}

export function openHelp(): void {
  const dialog = dialogOf();
  if (!dialog) return;
  if (!dialog.open) dialog.showModal();
  dialog.scrollTop = 0;
  dialog.querySelector<HTMLElement>('#help-title')?.focus();
}

export function helpOpen(): boolean {
  return dialogOf()?.open ?? false;
}
