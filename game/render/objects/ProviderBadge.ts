// A provider's headquarters: colour chip and name, then gauges for cash (against the richest
// provider), debt (against its credit limit), GPU and CPU utilisation, each with its units. It can flash and drop a price-cut
// tag when the provider undercuts the market.

import type * as Phaser from 'phaser';
import { formatChange, formatKgpu, formatMoney, formatPercent } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import type { Rect } from '../layout/rect.ts';
import { rect } from '../layout/rect.ts';
import type { MapModel } from '../model/map-model.ts';
import { THEME, textStyle } from '../theme.ts';
import { word } from '../words.ts';
import { Gauge } from './Gauge.ts';

export class ProviderBadge {
  readonly index: number;
  readonly id: string;
  /** The language of the last labels set; numbers drawn later use it too. */
  private locale: Locale = 'en';
  private readonly scene: Phaser.Scene;
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly flashG: Phaser.GameObjects.Graphics;
  private readonly name: Phaser.GameObjects.Text;
  private readonly tag: Phaser.GameObjects.Text;
  private readonly cash: Gauge;
  private readonly debt: Gauge;
  private readonly gpu: Gauge;
  private readonly cpu: Gauge;
  private readonly zone: Phaser.GameObjects.Zone;
  private readonly box: Rect = rect();
  private colour = 0x999999;
  private human = false;
  private hovered = false;

  constructor(scene: Phaser.Scene, index: number, id: string) {
    this.scene = scene;
    this.index = index;
    this.id = id;
    this.g = scene.add.graphics();
    this.name = scene.add.text(0, 0, '', textStyle(13, THEME.text, true));
    this.cash = new Gauge(scene, THEME.gaugeCash);
    this.debt = new Gauge(scene, THEME.gaugeDebt);
    this.gpu = new Gauge(scene, THEME.gaugeGpu);
    this.cpu = new Gauge(scene, THEME.gaugeCpu);
    this.flashG = scene.add.graphics().setAlpha(0);
    this.tag = scene.add
      .text(0, 0, '', textStyle(16, THEME.cutText, true))
      .setOrigin(0.5, 1)
      .setStroke('#000000', 4)
      .setDepth(20)
      .setVisible(false);
    this.zone = scene.add.zone(0, 0, 1, 1).setOrigin(0, 0).setInteractive();
  }

  get hitArea(): Phaser.GameObjects.Zone {
    return this.zone;
  }

  update(model: MapModel): void {
    const p = model.providers[this.index];
    if (!p) return;
    const locale = model.locale;
    this.locale = locale;
    this.colour = p.colour;
    this.human = p.human;
    this.name.setText(p.human ? `★ ${p.name}` : p.name);
    this.cash.set(
      `${word('cash', locale)} ${formatMoney(p.cash, locale)}`,
      p.cash / model.cashScale,
      THEME.gaugeCash,
    );
    const hot = (u: number, base: number): number => (u >= 0.95 ? THEME.gaugeHot : base);
    // Most of the credit line drawn, or the parent already had to step in: the gauge runs hot.
    const drawn = p.creditLimit > 0 ? p.debt / p.creditLimit : p.debt > 0 ? 1 : 0;
    this.debt.set(
      `${p.injected > 0 ? '⚠ ' : ''}${word('debt', locale)} ${formatMoney(p.debt, locale)} / ${formatMoney(p.creditLimit, locale)}`,
      drawn,
      drawn > 0.8 || p.injected > 0 ? THEME.gaugeHot : THEME.gaugeDebt,
    );
    this.gpu.set(
      `GPU ${formatPercent(p.gpuUtilisation, locale, 0)} · ${formatKgpu(p.gpu, locale)}`,
      p.gpuUtilisation,
      hot(p.gpuUtilisation, THEME.gaugeGpu),
    );
    this.cpu.set(
      `CPU ${formatPercent(p.cpuUtilisation, locale, 0)} ${word('used', locale)}`,
      p.cpuUtilisation,
      hot(p.cpuUtilisation, THEME.gaugeCpu),
    );
    this.layout();
  }

  place(r: Rect): void {
    Object.assign(this.box, r);
    this.zone.setPosition(r.x, r.y).setSize(Math.max(1, r.w), Math.max(1, r.h));
    this.layout();
  }

  setHovered(hovered: boolean): void {
    if (hovered === this.hovered) return;
    this.hovered = hovered;
    this.redraw();
  }

  /** Flash and a falling "−15%" tag: this provider undercut the market's price path. */
  priceCut(change: number): void {
    const b = this.box;
    this.scene.tweens.killTweensOf([this.tag, this.flashG]);
    this.flashG.clear().fillStyle(0xffffff, 1).fillRoundedRect(b.x, b.y, b.w, b.h, THEME.radius);
    this.flashG.setAlpha(0.75);
    this.scene.tweens.add({ targets: this.flashG, alpha: 0, duration: 450, ease: 'Quad.Out' });
    this.tag
      .setText(formatChange(change, this.locale))
      .setPosition(b.x + b.w - 28, b.y + 4)
      .setAlpha(1)
      .setVisible(true);
    this.scene.tweens.add({
      targets: this.tag,
      y: b.y + b.h - 4,
      alpha: 0,
      duration: THEME.cutMs,
      ease: 'Quad.In',
      onComplete: () => this.tag.setVisible(false),
    });
  }

  /** Where share-flow particles start and end for this provider. */
  centre(out: { x: number; y: number }): void {
    out.x = this.box.x + this.box.w / 2;
    out.y = this.box.y + this.box.h / 2;
  }

  destroy(): void {
    this.scene.tweens.killTweensOf([this.tag, this.flashG]);
    for (const o of [this.g, this.flashG, this.name, this.tag, this.zone]) o.destroy();
    for (const gauge of [this.cash, this.debt, this.gpu, this.cpu]) gauge.destroy();
  }

  private layout(): void {
    const b = this.box;
    const x = b.x + 12;
    const w = Math.max(10, b.w - 20);
    this.name.setPosition(x, b.y + 4);
    this.name.setScale(this.name.width > 0 ? Math.min(1, w / this.name.width) : 1);
    this.cash.place(x, b.y + 21, w);
    this.debt.place(x, b.y + 39, w);
    this.gpu.place(x, b.y + 57, w);
    this.cpu.place(x, b.y + 75, w);
    // A compact box (small windows: layout/frame.ts) shows the name and cash only; the rest is
    // in the tooltip.
    const full = b.h >= 60;
    for (const gauge of [this.debt, this.gpu, this.cpu]) gauge.setVisible(full);
    this.redraw();
  }

  private redraw(): void {
    const g = this.g;
    const b = this.box;
    g.clear();
    g.fillStyle(THEME.badgeFill, 1);
    g.fillRoundedRect(b.x, b.y, b.w, b.h, THEME.radius);
    g.fillStyle(this.colour, 1);
    g.fillRoundedRect(b.x + 3, b.y + 6, 5, b.h - 12, 2);
    for (const gauge of [this.cash, this.debt, this.gpu, this.cpu]) gauge.draw(g);
    const strong = this.hovered || this.human;
    g.lineStyle(
      strong ? 2 : 1,
      this.hovered ? THEME.hoverStroke : strong ? this.colour : THEME.regionStroke,
      1,
    );
    g.strokeRoundedRect(b.x, b.y, b.w, b.h, THEME.radius);
  }
}
