// One customer segment on the map: a rounded region with the segment's name and spend on top
// and one strip per provider below, sized by share. It tweens between two states (rectangle and
// shares) and redraws its Graphics only when told to: while tweening or when the view changes.

import type * as Phaser from 'phaser';
import { contains, inset, lerpRect, rect } from '../layout/rect.ts';
import type { Rect } from '../layout/rect.ts';
import { sliceRect } from '../layout/slices.ts';
import { formatPercent } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { THEME, textStyle } from '../theme.ts';

const HEADER = 36;
const PAD = 5;

export class SegmentRegion {
  readonly index: number;
  readonly id: string;
  /** The language of the last labels set; numbers drawn later use it too. */
  private locale: Locale = 'en';
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly name: Phaser.GameObjects.Text;
  private readonly spend: Phaser.GameObjects.Text;
  private readonly zone: Phaser.GameObjects.Zone;
  /** One label per provider strip ("阿里云 32.3 %"), shown only where it fits and at rest. */
  private readonly stripLabels: Phaser.GameObjects.Text[];
  private providerNames: readonly string[] = [];
  private readonly colours: readonly number[];
  private readonly from: Rect = rect();
  private readonly to: Rect = rect();
  private readonly now: Rect = rect();
  private readonly body: Rect = rect();
  private readonly fromShares: Float64Array;
  private readonly toShares: Float64Array;
  private readonly nowShares: Float64Array;
  private readonly slices: Rect[];
  private selected = false;
  private hovered = -1;
  private header = HEADER;
  /** Height the name takes: one line (16 px), or two when a long name is wrapped. */
  private nameHeight = 16;

  constructor(scene: Phaser.Scene, index: number, id: string, colours: readonly number[]) {
    this.index = index;
    this.id = id;
    this.colours = colours;
    const n = colours.length;
    this.fromShares = new Float64Array(n);
    this.toShares = new Float64Array(n);
    this.nowShares = new Float64Array(n);
    this.slices = colours.map(() => rect());
    this.g = scene.add.graphics();
    this.name = scene.add.text(0, 0, '', textStyle(14, THEME.text, true));
    this.spend = scene.add.text(0, 0, '', textStyle(12, THEME.textMuted));
    this.stripLabels = colours.map(() =>
      scene.add
        .text(0, 0, '', textStyle(11, '#ffffff', true))
        .setStroke('#0b1630', 3)
        .setOrigin(0.5)
        .setVisible(false),
    );
    this.zone = scene.add.zone(0, 0, 1, 1).setOrigin(0, 0).setInteractive({ useHandCursor: true });
  }

  /** The input zone, for the scene to attach pointer handlers. */
  get hitArea(): Phaser.GameObjects.Zone {
    return this.zone;
  }

  setLabels(name: string, spend: string, providerNames: readonly string[], locale: Locale): void {
    this.locale = locale;
    this.name.setText(name);
    this.spend.setText(spend);
    this.providerNames = providerNames;
    this.fitLabels(this.to);
  }

  /** Jumps to a state without animation. */
  place(r: Rect, shares: readonly number[]): void {
    this.retarget(r, shares, true);
    this.draw(1);
    this.labelStrips();
  }

  /** Starts a transition from what is on screen now to `r` and `shares`; call draw(t) to run it. */
  retarget(r: Rect, shares: readonly number[], jump = false): void {
    Object.assign(this.from, jump ? r : this.now);
    this.fromShares.set(jump ? shares : this.nowShares);
    Object.assign(this.to, r);
    this.toShares.set(shares);
    this.zone.setPosition(r.x, r.y).setSize(Math.max(1, r.w), Math.max(1, r.h));
    this.fitLabels(r);
    if (!jump) for (const label of this.stripLabels) label.setVisible(false);
  }

  /** Puts each strip's name and share on it where it fits; call at rest, never per frame. */
  labelStrips(): void {
    for (let p = 0; p < this.stripLabels.length; p++) {
      const label = this.stripLabels[p]!;
      const cell = this.slices[p]!;
      const share = this.toShares[p]!;
      if (cell.w < 28 || cell.h < 16 || share < 0.005) {
        label.setVisible(false);
        continue;
      }
      const pct = formatPercent(share, this.locale);
      label.setText(`${this.providerNames[p] ?? ''} ${pct}`);
      if (label.width > cell.w - 6 || label.height > cell.h - 2) label.setText(pct);
      const fits = label.width <= cell.w - 6 && label.height <= cell.h - 2;
      label.setPosition(cell.x + cell.w / 2, cell.y + cell.h / 2).setVisible(fits);
    }
  }

  setView(selected: boolean, hoveredProvider: number): void {
    if (selected === this.selected && hoveredProvider === this.hovered) return;
    this.selected = selected;
    this.hovered = hoveredProvider;
    this.redraw();
  }

  /** Draws the transition at t in [0, 1]; allocates nothing. */
  draw(t: number): void {
    lerpRect(this.from, this.to, t, this.now);
    for (let i = 0; i < this.nowShares.length; i++)
      this.nowShares[i] = this.fromShares[i]! + (this.toShares[i]! - this.fromShares[i]!) * t;
    this.name.setPosition(this.now.x + 8, this.now.y + 4);
    this.spend.setPosition(this.now.x + 8, this.now.y + 4 + this.nameHeight);
    this.redraw();
  }

  /** Strip of provider p as drawn now (read-only). */
  strip(p: number): Readonly<Rect> | undefined {
    return this.slices[p];
  }

  /** The provider whose strip is under (x, y), or -1. */
  providerAt(x: number, y: number): number {
    for (let p = 0; p < this.slices.length; p++) if (contains(this.slices[p]!, x, y)) return p;
    return -1;
  }

  destroy(): void {
    this.g.destroy();
    this.name.destroy();
    this.spend.destroy();
    this.zone.destroy();
    for (const label of this.stripLabels) label.destroy();
  }

  private redraw(): void {
    const g = this.g;
    const r = this.now;
    g.clear();
    if (r.w < 2 || r.h < 2) return;
    const radius = Math.min(THEME.radius, r.w / 4, r.h / 4);
    g.fillStyle(THEME.regionFill, 1);
    g.fillRoundedRect(r.x, r.y, r.w, r.h, radius);
    inset(r, PAD, this.body);
    const top = Math.min(this.header, this.body.h);
    this.body.y += top;
    this.body.h -= top;
    sliceRect(this.body, this.nowShares, this.slices);
    for (let p = 0; p < this.slices.length; p++) {
      const cell = this.slices[p]!;
      if (cell.w <= 0 || cell.h <= 0) continue;
      g.fillStyle(this.colours[p]!, this.hovered < 0 || this.hovered === p ? 1 : 0.45);
      g.fillRect(cell.x, cell.y, cell.w, cell.h);
    }
    // Thin separators so neighbouring strips of similar colours stay apart.
    g.lineStyle(1, THEME.regionFill, 1);
    for (let p = 1; p < this.slices.length; p++) {
      const cell = this.slices[p]!;
      if (cell.w <= 0 || cell.h <= 0) continue;
      if (cell.h === this.body.h) g.lineBetween(cell.x, cell.y, cell.x, cell.y + cell.h);
      else g.lineBetween(cell.x, cell.y, cell.x + cell.w, cell.y);
    }
    if (this.hovered >= 0) {
      const cell = this.slices[this.hovered];
      if (cell && cell.w > 0 && cell.h > 0) {
        g.lineStyle(2, THEME.hoverStroke, 1);
        g.strokeRect(cell.x + 1, cell.y + 1, cell.w - 2, cell.h - 2);
      }
    }
    g.lineStyle(
      this.selected ? 3 : 1,
      this.selected ? THEME.selectedStroke : THEME.regionStroke,
      1,
    );
    g.strokeRoundedRect(r.x, r.y, r.w, r.h, radius);
  }

  /** Shrinks or hides the labels so they fit inside `r`. */
  private fitLabels(r: Rect): void {
    const room = Math.max(0, r.w - 14);
    const scaleFor = (text: Phaser.GameObjects.Text): number =>
      text.width > 0 ? Math.min(1, room / text.width) : 1;
    // A long name in a narrow box ("Retail & e-commerce") wraps to two lines before it shrinks
    // out of sight, when the box is tall enough to spare the line.
    this.name.setWordWrapWidth(null);
    let nameScale = scaleFor(this.name);
    let lines = 1;
    if (nameScale < 0.8 && r.h >= 90 && /\s/.test(this.name.text.trim())) {
      this.name.setWordWrapWidth(Math.max(1, room / 0.8));
      nameScale = scaleFor(this.name);
      lines = 2;
    }
    this.name.setScale(nameScale).setVisible(nameScale > 0.55 && r.h > 22 * lines);
    this.nameHeight = lines === 1 ? 16 : Math.ceil(this.name.displayHeight);
    const spendScale = scaleFor(this.spend);
    const tall = r.h >= 64 + (lines - 1) * 16;
    this.spend.setScale(spendScale).setVisible(tall && spendScale > 0.6);
    this.header = this.spend.visible
      ? HEADER + this.nameHeight - 16
      : this.name.visible
        ? 6 + this.nameHeight
        : 0;
  }
}
