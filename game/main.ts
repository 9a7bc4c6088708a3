// Composition root of the renderer: the only module that knows everyone. It loads the shipped
// scenarios, creates the session store, picks the host (browser or desktop), and mounts the
// DOM panels and the Phaser map. Nothing here holds game rules.

import { createSessionStore, createViewStore } from './store/index.ts';
import { createBrowserHost } from './host/browser-host.ts';
import { shippedScenarios } from './shipped-scenarios.ts';
import { mountUi } from './ui/mount-ui.ts';
import { startPhaser } from './render/start-phaser.ts';

const host = createBrowserHost();
const session = createSessionStore(host.preferredLocale());
const view = createViewStore();
const scenarios = shippedScenarios();

mountUi({ session, view, host, scenarios });
startPhaser(document.getElementById('map')!, { session, view });
