// The overlay (#overlay): the screen the session is on, over the quarter layout: start, report,
// the hot-seat cover or the debrief; nothing during a quarter. Leaving a screen unmounts it
// (which destroys its charts).

import type { UiContext } from '../context.ts';
import { CoverScreen } from '../cover/CoverScreen.tsx';
import { DebriefScreen } from '../debrief/DebriefScreen.tsx';
import { JoinScreen } from '../join/JoinScreen.tsx';
import { ReportScreen } from '../report/ReportScreen.tsx';
import type { StartForm } from '../start/form.ts';
import { StartScreen } from '../start/StartScreen.tsx';
import { useSession } from '../view/use-store.ts';
import { ScreenChrome } from './ScreenChrome.tsx';
import type { ChromeSlots } from './ScreenChrome.tsx';

export function Overlay(props: { ctx: UiContext; form: StartForm; slots: ChromeSlots }) {
  return (
    <>
      <ScreenChrome ctx={props.ctx} slots={props.slots} />
      <Screen ctx={props.ctx} form={props.form} />
    </>
  );
}

function Screen(props: { ctx: UiContext; form: StartForm }) {
  const { ctx } = props;
  const screen = useSession(ctx, (s) => s.screen);
  switch (screen) {
    case 'start':
      return ctx.classInfo ? (
        <JoinScreen ctx={ctx} info={ctx.classInfo} />
      ) : (
        <StartScreen ctx={ctx} form={props.form} />
      );
    case 'report':
      return <ReportScreen ctx={ctx} />;
    case 'cover':
      return <CoverScreen ctx={ctx} />;
    case 'debrief':
      return <DebriefScreen ctx={ctx} />;
    default:
      return null;
  }
}
