// The web bench's baseline (DESIGN.md §6: "interactive within 1.5x the time a bare Phaser page
// takes to boot"): the same Phaser build booting one empty scene, nothing else. Marks its
// parent like the game's map does, once the scene has been created.

import * as Phaser from 'phaser';

class Empty extends Phaser.Scene {
  constructor() {
    super('empty');
  }
  create(): void {
    const parent = document.getElementById('map')!;
    parent.dataset.renderer = this.game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas';
  }
}

const forced = new URLSearchParams(location.search).get('renderer');
const parent = document.getElementById('map')!;
new Phaser.Game({
  type: forced === 'canvas' ? Phaser.CANVAS : forced === 'webgl' ? Phaser.WEBGL : Phaser.AUTO,
  parent,
  banner: false,
  audio: { noAudio: true },
  scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth, height: parent.clientHeight },
  scene: [Empty],
});
