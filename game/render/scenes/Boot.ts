// Boot: the game loads no files. It makes the one generic texture the map needs before any
// scenario is known, then starts the map and the overlay.

import * as Phaser from 'phaser';
import { ensureDotTextures } from '../updates/dot-textures.ts';

export class Boot extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    ensureDotTextures(this, [0xffffff]);
    this.scene.start('MarketMap');
    this.scene.launch('Hud');
  }
}
