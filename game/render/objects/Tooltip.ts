// The hover details box: a few lines of text on a dark rounded panel, kept inside the canvas.

import type * as Phaser from 'phaser';
import { THEME, textStyle } from '../theme.ts';

export class Tooltip {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly text: Phaser.GameObjects.Text;
  private readonly scene: Phaser.Scene;

  constructor(scene: Phaser.Scene) {
    this.scene = scene;
    this.g = scene.add.graphics().setDepth(100).setVisible(false);
    this.text = scene.add
      .text(0, 0, '', { ...textStyle(12), lineSpacing: 3 })
      .setDepth(101)
      .setVisible(false);
  }

  show(lines: readonly string[]): void {
    this.text.setText(lines as string[]);
    const w = this.text.width + 16;
    const h = this.text.height + 12;
    this.g.clear();
    this.g.fillStyle(THEME.tooltipFill, 0.94).fillRoundedRect(0, 0, w, h, 6);
    this.g.lineStyle(1, THEME.regionStroke, 1).strokeRoundedRect(0, 0, w, h, 6);
    this.g.setVisible(true);
    this.text.setVisible(true);
  }

  /** Puts the box near (x, y), flipped to stay on the canvas. */
  moveTo(x: number, y: number): void {
    const w = this.text.width + 16;
    const h = this.text.height + 12;
    const { width, height } = this.scene.scale;
    const left = x + 16 + w > width ? Math.max(0, x - 12 - w) : x + 16;
    const top = y + 16 + h > height ? Math.max(0, y - 12 - h) : y + 16;
    this.g.setPosition(left, top);
    this.text.setPosition(left + 8, top + 6);
  }

  hide(): void {
    this.g.setVisible(false);
    this.text.setVisible(false);
  }

  destroy(): void {
    this.g.destroy();
    this.text.destroy();
  }
}
