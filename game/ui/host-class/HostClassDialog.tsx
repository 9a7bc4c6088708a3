// "Host a class" (desktop only): a modal <dialog> with the options of `npm run class`, and once
// the class runs, what the teacher shows the room: the class code, the join addresses, a QR
// code, the class folder, and buttons to open the teacher console or stop the class. Every
// option is judged in the main process by the CLI's own parser; its message appears beside the
// field it names.

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ClassHosting, HostClassRequest, HostedClassDto } from '../../host/host.ts';
import { t, tx } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { ShippedScenario } from '../../shipped-scenarios.ts';
import type { UiContext } from '../context.ts';
import { useSession } from '../view/use-store.ts';
import { HostedClassPanel } from './HostedClassPanel.tsx';
import { classFieldError, DEFAULT_CLASS_PORT, initialRequest } from './request.ts';
import type { ClassField } from './request.ts';

const DIALOG_ID = 'host-class-dialog';

/** The open dialog's way to learn that the hosted class changed elsewhere (menu, quit). */
let follow: ((hosted: HostedClassDto | undefined) => void) | null = null;

interface Failure {
  field: ClassField | null;
  message: string;
}

const describe = (e: unknown): Failure => classFieldError(e);

function Field(props: {
  id: string;
  label: string;
  error: Failure | null;
  field: ClassField;
  loc: Locale;
  children: preact.ComponentChildren;
}) {
  const mine = props.error?.field === props.field ? props.error : null;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.children}
      {mine ? (
        <p class="field-error" id={`${props.id}-error`} role="alert">
          {t('hostClass.fieldError', props.loc, { field: props.label, message: mine.message })}
        </p>
      ) : null}
    </div>
  );
}

function HostClassForm(props: {
  hosting: ClassHosting;
  scenarios: ShippedScenario[];
  loc: Locale;
  onHosted(hosted: HostedClassDto): void;
  onClose(): void;
}) {
  const { hosting, scenarios, loc } = props;
  const [req, setReq] = useState<HostClassRequest>(() => initialRequest(scenarios, loc));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  const scenario = scenarios.find((s) => s.id === req.scenario)?.scenario;
  const set = (patch: Partial<HostClassRequest>) => setReq((r) => ({ ...r, ...patch }));
  const num = (e: Event): number => Number((e.currentTarget as HTMLInputElement).value);
  const invalid = (field: ClassField) => (error?.field === field ? 'true' : undefined);

  const run = async (action: () => Promise<HostedClassDto | undefined>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const hosted = await action();
      if (hosted) props.onHosted(hosted);
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      id="host-class-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => hosting.hostClass(req));
      }}
    >
      <p class="hint">{t('hostClass.intro', loc)}</p>
      <Field
        id="host-scenario"
        label={t('hostClass.scenario', loc)}
        {...{ error, loc }}
        field="scenario"
      >
        <select
          id="host-scenario"
          aria-invalid={invalid('scenario')}
          onChange={(e) => {
            const id = e.currentTarget.value;
            const next = scenarios.find((s) => s.id === id);
            set({ scenario: id, seats: next ? next.scenario.providers.map((p) => p.id) : [] });
          }}
        >
          {scenarios.map((s) => (
            <option key={s.id} value={s.id} selected={s.id === req.scenario}>
              {tx(s.scenario.title, loc)}
            </option>
          ))}
        </select>
      </Field>
      <fieldset class="field" aria-invalid={invalid('seats')}>
        <legend>{t('hostClass.seats', loc)}</legend>
        {(scenario?.providers ?? []).map((p) => (
          <label key={p.id} class="field check">
            <input
              type="checkbox"
              name="host-seat"
              value={p.id}
              checked={req.seats.includes(p.id)}
              onChange={(e) =>
                set({
                  seats: scenario!.providers
                    .map((q) => q.id)
                    .filter((id) =>
                      id === p.id ? e.currentTarget.checked : req.seats.includes(id),
                    ),
                })
              }
            />{' '}
            {tx(p.name, loc)}
          </label>
        ))}
        {error?.field === 'seats' ? (
          <p class="field-error" id="host-seats-error" role="alert">
            {t('hostClass.fieldError', loc, {
              field: t('hostClass.seats', loc),
              message: error.message,
            })}
          </p>
        ) : null}
      </fieldset>
      <Field
        id="host-markets"
        label={t('hostClass.markets', loc)}
        {...{ error, loc }}
        field="markets"
      >
        <input
          id="host-markets"
          type="number"
          step={1}
          value={req.markets}
          aria-invalid={invalid('markets')}
          onInput={(e) => set({ markets: num(e) })}
        />
      </Field>
      <Field
        id="host-deadline"
        label={t('hostClass.deadline', loc)}
        {...{ error, loc }}
        field="deadlineMinutes"
      >
        <input
          id="host-deadline"
          type="number"
          step={1}
          value={req.deadlineMinutes}
          aria-invalid={invalid('deadlineMinutes')}
          onInput={(e) => set({ deadlineMinutes: num(e) })}
        />
      </Field>
      <fieldset class="field">
        <legend>{t('hostClass.advance', loc)}</legend>
        {(['all', 'teacher'] as const).map((mode) => (
          <label key={mode} class="field check">
            <input
              type="radio"
              name="host-advance"
              value={mode}
              checked={req.advance === mode}
              onChange={() => set({ advance: mode })}
            />{' '}
            {t(mode === 'all' ? 'hostClass.advanceAll' : 'hostClass.advanceTeacher', loc)}
          </label>
        ))}
      </fieldset>
      <label class="field check">
        <input
          id="host-practice"
          type="checkbox"
          checked={req.practice}
          onChange={(e) => set({ practice: e.currentTarget.checked })}
        />{' '}
        {t('hostClass.practice', loc)}
      </label>
      <Field id="host-lang" label={t('hostClass.lang', loc)} {...{ error, loc }} field="lang">
        <select
          id="host-lang"
          onChange={(e) => set({ lang: e.currentTarget.value === 'en' ? 'en' : 'zh' })}
        >
          <option value="zh" lang="zh-CN" selected={req.lang === 'zh'}>
            {t('lang.zh', loc)}
          </option>
          <option value="en" lang="en" selected={req.lang === 'en'}>
            {t('lang.en', loc)}
          </option>
        </select>
      </Field>
      <details class="advanced" open={error?.field === 'seed' || error?.field === 'port'}>
        <summary>{t('start.advanced', loc)}</summary>
        <Field id="host-seed" label={t('hostClass.seed', loc)} {...{ error, loc }} field="seed">
          <input
            id="host-seed"
            type="number"
            step={1}
            value={req.seed}
            aria-invalid={invalid('seed')}
            onInput={(e) => set({ seed: num(e) })}
          />
        </Field>
        <Field id="host-port" label={t('hostClass.port', loc)} {...{ error, loc }} field="port">
          <input
            id="host-port"
            type="number"
            step={1}
            value={req.port}
            aria-invalid={invalid('port')}
            onInput={(e) => set({ port: num(e) })}
          />
        </Field>
        <label class="field check">
          <input
            id="host-choose-folder"
            type="checkbox"
            checked={req.folder === 'choose'}
            onChange={(e) => set({ folder: e.currentTarget.checked ? 'choose' : 'app' })}
          />{' '}
          {t('hostClass.chooseFolder', loc)}
        </label>
      </details>
      {error && error.field === null ? (
        <p class="error" role="alert" id="host-class-error">
          {t('hostClass.failed', loc, { message: error.message })}
        </p>
      ) : null}
      <div class="actions">
        <button id="host-class-start" type="submit" class="primary" disabled={busy}>
          {busy ? t('hostClass.starting', loc) : t('hostClass.start', loc)}
        </button>
        <button
          id="host-class-resume"
          type="button"
          disabled={busy}
          onClick={() => void run(() => hosting.resumeClass(req.port || DEFAULT_CLASS_PORT))}
        >
          {t('hostClass.resume', loc)}
        </button>
        <button id="host-class-cancel" type="button" onClick={props.onClose}>
          {t('hostClass.cancel', loc)}
        </button>
      </div>
    </form>
  );
}

function HostClassBody(props: {
  ctx: UiContext;
  hosting: ClassHosting;
  initial: HostedClassDto | undefined;
  resumeNow: boolean;
  close(): void;
}) {
  const { ctx, hosting } = props;
  const loc = useSession(ctx, (s) => s.locale);
  const [hosted, setHosted] = useState<HostedClassDto | undefined>(props.initial);
  const [stopped, setStopped] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    follow = (next) => {
      setHosted(next);
      setStopped(next === undefined);
    };
    return () => {
      follow = null;
    };
  }, []);
  // The menu's Resume a class: the folder picker opens at once (a hosted class is shown instead).
  useEffect(() => {
    if (!props.resumeNow || props.initial) return;
    hosting.resumeClass(DEFAULT_CLASS_PORT).then(
      (value) => value && setHosted(value),
      (e: unknown) => setError(describe(e).message),
    );
  }, []);
  return (
    <>
      <div class="dialog-head">
        <h2 id="host-class-title">{t(hosted ? 'hostClass.hosting' : 'hostClass.heading', loc)}</h2>
      </div>
      {error ? (
        <p class="error" role="alert" id="host-class-error">
          {t('hostClass.failed', loc, { message: error })}
        </p>
      ) : null}
      {stopped && !hosted ? (
        <p role="status" id="host-class-stopped">
          {t('hostClass.stopped', loc)}
        </p>
      ) : null}
      {hosted ? (
        <HostedClassPanel
          hosted={hosted}
          scenarios={ctx.scenarios}
          loc={loc}
          onConsole={() =>
            void hosting.openClassConsole().catch((e: unknown) => setError(describe(e).message))
          }
          onStop={() =>
            void hosting.stopClass().then(
              () => {
                setHosted(undefined);
                setStopped(true);
              },
              (e: unknown) => setError(describe(e).message),
            )
          }
          onClose={props.close}
        />
      ) : (
        <HostClassForm
          hosting={hosting}
          scenarios={ctx.scenarios}
          loc={loc}
          onHosted={(value) => {
            setStopped(false);
            setError(null);
            setHosted(value);
          }}
          onClose={props.close}
        />
      )}
    </>
  );
}

/** Opens the dialog: the hosted class if one runs, else the form (`resume`: ask for a folder
 * at once, as the menu's Resume a class does). Does nothing where a class cannot be hosted. */
export async function openHostClassDialog(
  ctx: UiContext,
  hosting: ClassHosting,
  options: { resume?: boolean } = {},
): Promise<void> {
  let dialog = document.getElementById(DIALOG_ID) as HTMLDialogElement | null;
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.id = DIALOG_ID;
    dialog.className = 'dialog host-class';
    dialog.setAttribute('aria-labelledby', 'host-class-title');
    document.body.appendChild(dialog);
  }
  const target = dialog;
  const current = await hosting.classStatus().catch(() => undefined);
  render(null, target); // a fresh form each time it opens
  render(
    <HostClassBody
      ctx={ctx}
      hosting={hosting}
      initial={current}
      resumeNow={options.resume === true}
      close={() => target.close()}
    />,
    target,
  );
  if (!target.open) target.showModal();
}

/** The hosted class changed outside the page (menu, console window): an open dialog follows. */
export async function refreshHostClassDialog(hosting: ClassHosting): Promise<void> {
  if (!follow) return;
  const hosted = await hosting.classStatus().catch(() => undefined);
  follow?.(hosted);
}
