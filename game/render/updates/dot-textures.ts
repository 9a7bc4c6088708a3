// Particle textures: one small dot with a dark rim per colour, drawn once with Graphics (the
// game loads no image files). Canvas mode cannot tint, hence a texture per colour.

import type * as Phaser from 'phaser';

export function dotKey(colour: number): string {
  return `dot-${colour.toString(16).padStart(6, '0')}`;
}

/** Makes the dot textures that do not exist yet. */
export function ensureDotTextures(scene: Phaser.Scene, colours: readonly number[]): void {
  let g: Phaser.GameObjects.Graphics | null = null;
  for (const colour of colours) {
    const key = dotKey(colour);
    if (scene.textures.exists(key)) continue;
    g ??= scene.make.graphics({}, false);
    g.clear();
    g.fillStyle(0x000000, 0.55).fillCircle(6, 6, 6);
    g.fillStyle(colour, 1).fillCircle(6, 6, 4.5);
    g.generateTexture(key, 12, 12);
  }
  g?.destroy();
}
