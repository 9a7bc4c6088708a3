// What the teacher shows the room while a class is hosted: the class code in large type, every
// address students may open (the likeliest first), a QR code of that address, what the class
// plays, and its folder (to resume it). The QR code is an SVG drawn by the main process; it is
// shown as an image (a data: URL), so nothing in it can run in the page.

import { t, tx } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { HostedClassDto } from '../../host/host.ts';
import type { ShippedScenario } from '../../shipped-scenarios.ts';

/** The SVG text as a data: URL (UTF-8, percent-encoded). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export function HostedClassPanel(props: {
  hosted: HostedClassDto;
  scenarios: readonly ShippedScenario[];
  loc: Locale;
  onConsole(): void;
  onStop(): void;
  onClose(): void;
}) {
  const { hosted, loc } = props;
  const scenario = props.scenarios.find((s) => s.id === hosted.scenarioId)?.scenario;
  const first = hosted.addresses[0] ?? '';
  return (
    <div id="hosted-class">
      <p class="class-code-label">{t('hostClass.code', loc)}</p>
      <p class="class-code" id="hosted-class-code" lang="en">
        {hosted.code}
      </p>
      <div class="hosted-join">
        <div>
          <p>{t('hostClass.addresses', loc)}</p>
          <ul id="hosted-class-addresses">
            {hosted.addresses.map((a, i) => (
              <li key={a} class={i === 0 ? 'first' : undefined}>
                <code>{a}</code>
              </li>
            ))}
          </ul>
        </div>
        <img
          id="hosted-class-qr"
          class="qr"
          src={svgDataUrl(hosted.qrSvg)}
          alt={t('hostClass.qr', loc, { address: first })}
          width={180}
          height={180}
        />
      </div>
      <p id="hosted-class-summary">
        {t('hostClass.summary', loc, {
          scenario: scenario ? tx(scenario.title, loc) : hosted.scenarioId,
          markets: hosted.markets,
          seats: hosted.seats
            .map((id) => {
              const provider = scenario?.providers.find((p) => p.id === id);
              return provider ? tx(provider.name, loc) : id;
            })
            .join(loc === 'zh' ? '、' : ', '),
          minutes: hosted.quarterMinutes,
        })}
      </p>
      <p class="hint">{t('hostClass.folder', loc)}</p>
      <p>
        <code id="hosted-class-folder">{hosted.folder}</code>
      </p>
      <div class="actions">
        <button id="hosted-class-console" type="button" class="primary" onClick={props.onConsole}>
          {t('hostClass.openConsole', loc)}
        </button>
        <button id="hosted-class-stop" type="button" onClick={props.onStop}>
          {t('hostClass.stop', loc)}
        </button>
        <button id="hosted-class-close" type="button" onClick={props.onClose}>
          {t('hostClass.close', loc)}
        </button>
      </div>
    </div>
  );
}
