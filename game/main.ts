// Composition root of the renderer: the only module that knows everyone. It loads the shipped
// scenarios, creates the session store, picks the host (the desktop shell when its preload is
// present, the browser otherwise), starts autosaving, and mounts the DOM panels and the Phaser
// map; or, on a class server opened with the teacher token, the teacher console instead.
// Nothing here holds game rules.

import { createSessionStore, createViewStore } from './store/index.ts';
import { createBrowserHost } from './host/browser-host.ts';
import { createElectronHost } from './host/electron-host.ts';
import { startAutosave } from './save/autosave.ts';
import { shippedScenarios } from './shipped-scenarios.ts';
import { mountUi } from './ui/mount-ui.ts';
import { classInfoOfPage } from './net/join.ts';
import { teacherTokenOfPage } from './net/teacher.ts';
import { followClass } from './net/follow-class.ts';
import { startPhaser } from './render/start-phaser.ts';

const host = window.cloudwar ? createElectronHost(window.cloudwar) : createBrowserHost();
const scenarios = shippedScenarios();
const classInfo = await classInfoOfPage();
// On a class server, `#teacher=TOKEN` opens the teacher console instead of the game (loaded as
// its own chunk: players never download it).
const teacherToken = classInfo
  ? teacherTokenOfPage(window.location, window.sessionStorage, (url) =>
      window.history.replaceState(null, '', url),
    )
  : null;
if (classInfo && teacherToken) {
  const { mountConsole } = await import('./ui/console/mount-console.ts');
  mountConsole({ info: classInfo, token: teacherToken, scenarios, locale: classInfo.lang });
} else {
  const session = createSessionStore(host.preferredLocale());
  const view = createViewStore();
  startAutosave(session, host, scenarios);
  // A page served by a class server starts on the join screen; any other page on the start screen.
  if (classInfo) followClass(session);
  mountUi({ session, view, host, scenarios, classInfo });
  // `?renderer=canvas` forces the Canvas renderer (software-GL machines, the frame-rate bench).
  const forced = new URLSearchParams(window.location.search).get('renderer');
  startPhaser(
    document.getElementById('map')!,
    { session, view },
    {
      renderer: forced === 'canvas' || forced === 'webgl' ? forced : 'auto',
    },
  );
}
