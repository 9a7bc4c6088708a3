// A labelled horizontal gauge: a caption with units above a bar filled to a fraction.

import type * as Phaser from 'phaser';
import { THEME, textStyle } from '../theme.ts';

export class Gauge {
  private readonly label: Phaser.GameObjects.Text;
  private fraction = 0;
  private colour: number;
  private x = 0;
  private y = 0;
  private w = 0;
  private visible = true;

  constructor(scene: Phaser.Scene, colour: number) {
    this.colour = colour;
    this.label = scene.add.text(0, 0, '', textStyle(11, THEME.textMuted));
  }

  set(text: string, fraction: number, colour: number): void {
    this.label.setText(text);
    this.fraction = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
    this.colour = colour;
  }

  place(x: number, y: number, w: number): void {
    this.x = x;
    this.y = y;
    this.w = w;
    this.label.setPosition(x, y);
    const scale = this.label.width > 0 ? Math.min(1, w / this.label.width) : 1;
    this.label.setScale(scale);
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.label.setVisible(visible);
  }

  /** Draws the bar into the owner's Graphics (15 px below the caption, 4 px tall). */
  draw(g: Phaser.GameObjects.Graphics): void {
    if (!this.visible) return;
    const by = this.y + 15;
    g.fillStyle(THEME.gaugeTrack, 1);
    g.fillRect(this.x, by, this.w, 4);
    g.fillStyle(this.colour, 1);
    g.fillRect(this.x, by, this.w * this.fraction, 4);
  }

  destroy(): void {
    this.label.destroy();
  }
}
