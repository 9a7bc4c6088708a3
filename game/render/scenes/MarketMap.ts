// MarketMap: one region per customer segment (sized by spend, split by provider share) and the
// provider headquarters. It reads the map feed and forwards pointer input to the view store;
// when a quarter resolves it tweens the splits, sends share-flow particles and flags price
// cuts. There is no update(): tweens drive every frame, and only while something moves.

import * as Phaser from 'phaser';
import type { MapEvent, ViewSlice } from '../feed/map-feed.ts';
import { formatMoneyPerQuarter as formatSpend } from '../../i18n/index.ts';
import type { MapModel } from '../model/map-model.ts';
import { providerTooltip, segmentTooltip } from '../model/tooltips.ts';
import { FlowParticles } from '../objects/FlowParticles.ts';
import { ProviderBadge } from '../objects/ProviderBadge.ts';
import { SegmentRegion } from '../objects/SegmentRegion.ts';
import { THEME, textStyle } from '../theme.ts';
import { ensureDotTextures } from '../updates/dot-textures.ts';
import { mapLayout } from '../updates/map-layout.ts';
import { word } from '../words.ts';
import { TOOLTIP, TOOLTIP_MOVE } from './deps.ts';
import type { SceneDeps } from './deps.ts';

export class MarketMap extends Phaser.Scene {
  private readonly deps: SceneDeps;
  private model: MapModel | null = null;
  private regions: SegmentRegion[] = [];
  private badges: ProviderBadge[] = [];
  private particles!: FlowParticles;
  private empty!: Phaser.GameObjects.Text;
  private animation: Phaser.Tweens.Tween | null = null;
  private tipKey = '';

  constructor(deps: SceneDeps) {
    super('MarketMap');
    this.deps = deps;
  }

  create(): void {
    this.particles = new FlowParticles(this);
    this.empty = this.add.text(0, 0, '', textStyle(16, THEME.textMuted)).setOrigin(0.5);
    const off = this.deps.feed.listen((event) => this.onEvent(event));
    this.scale.on('resize', this.relayout, this);
    let done = false;
    const teardown = (): void => {
      if (done) return;
      done = true;
      off();
      this.scale.off('resize', this.relayout, this);
      this.finishAnimation();
      this.clearObjects();
      this.particles.destroy();
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, teardown);
    this.events.once(Phaser.Scenes.Events.DESTROY, teardown);
    this.rebuild(this.deps.feed.model());
    this.applyView(this.deps.feed.view());
  }

  private onEvent(event: MapEvent): void {
    switch (event.kind) {
      case 'reset':
        this.rebuild(event.model);
        this.applyView(this.deps.feed.view());
        break;
      case 'relabel':
        this.model = event.model;
        this.refreshLabels();
        break;
      case 'quarter':
        this.animateQuarter(event.model, event);
        break;
      case 'view':
        this.applyView(event.view);
        break;
    }
  }

  /** Drops every object of the previous game and builds the new game's. */
  private rebuild(model: MapModel | null): void {
    this.finishAnimation();
    this.clearObjects();
    this.hideTip();
    this.model = model;
    this.empty.setText('');
    if (!model) {
      this.empty.setText(`${word('noGame', 'zh')}\n${word('noGame', 'en')}`);
      this.empty.setPosition(this.scale.width / 2, this.scale.height / 2);
      return;
    }
    const colours = model.providers.map((p) => p.colour);
    ensureDotTextures(this, colours);
    this.regions = model.segments.map((s, i) => {
      const region = new SegmentRegion(this, i, s.id, colours);
      this.bindRegion(region);
      return region;
    });
    this.badges = model.providers.map((p, i) => {
      const badge = new ProviderBadge(this, i, p.id);
      this.bindBadge(badge);
      return badge;
    });
    this.refreshLabels();
    this.relayout();
  }

  private clearObjects(): void {
    for (const r of this.regions) r.destroy();
    for (const b of this.badges) b.destroy();
    this.regions = [];
    this.badges = [];
  }

  private refreshLabels(): void {
    const model = this.model;
    if (!model) return;
    const names = model.providers.map((p) => p.name);
    this.regions.forEach((r, i) => {
      const s = model.segments[i]!;
      r.setLabels(s.name, formatSpend(s.spend, model.locale), names, model.locale);
      r.labelStrips();
    });
    for (const b of this.badges) b.update(model);
  }

  /** Places everything for the current size, without animation. */
  private relayout(): void {
    const model = this.model;
    this.empty.setPosition(this.scale.width / 2, this.scale.height / 2);
    if (!model) return;
    this.finishAnimation();
    const layout = mapLayout(model, this.scale.width, this.scale.height);
    this.regions.forEach((r, i) => r.place(layout.regions[i]!, model.segments[i]!.shares));
    this.badges.forEach((b, i) => b.place(layout.badges[i]!));
  }

  private animateQuarter(model: MapModel, event: Extract<MapEvent, { kind: 'quarter' }>): void {
    this.finishAnimation();
    if (!this.model || this.regions.length !== model.segments.length) {
      this.rebuild(model);
      return;
    }
    this.model = model;
    const layout = mapLayout(model, this.scale.width, this.scale.height);
    const names = model.providers.map((p) => p.name);
    this.regions.forEach((r, i) => {
      const s = model.segments[i]!;
      r.retarget(layout.regions[i]!, s.shares);
      r.setLabels(s.name, formatSpend(s.spend, model.locale), names, model.locale);
    });
    for (const b of this.badges) b.update(model);
    this.particles.start(
      event.flows,
      model.providers.map((p) => p.colour),
    );
    for (const cut of event.cuts) this.badges[cut.provider]?.priceCut(cut.change);
    const split = THEME.tweenMs / THEME.flowMs;
    const regions = this.regions;
    const particles = this.particles;
    this.animation = this.tweens.addCounter({
      from: 0,
      to: 1,
      duration: THEME.flowMs,
      onUpdate: (tween) => {
        const v = tween.getValue() ?? 1;
        const t = Math.min(1, v / split);
        const eased = t * t * (3 - 2 * t);
        for (let i = 0; i < regions.length; i++) regions[i]!.draw(eased);
        particles.draw(v, regions);
      },
      onComplete: () => this.finishAnimation(),
    });
  }

  /** Jumps a running animation to its end state. */
  private finishAnimation(): void {
    const running = this.animation;
    this.animation = null;
    if (running && !running.isFinished() && !running.isPendingRemove()) running.remove();
    this.particles.stop();
    for (const r of this.regions) r.draw(1);
    if (running) for (const r of this.regions) r.labelStrips();
  }

  private applyView(view: ViewSlice): void {
    const model = this.model;
    if (!model) return;
    const hovered = model.providers.findIndex((p) => p.id === view.hoveredProvider);
    for (const r of this.regions) r.setView(r.id === view.selectedSegment, hovered);
    for (const b of this.badges) b.setHovered(b.index === hovered);
  }

  private bindRegion(region: SegmentRegion): void {
    const zone = region.hitArea;
    zone.on('pointermove', (pointer: Phaser.Input.Pointer) => {
      const model = this.model;
      if (!model) return;
      const p = region.providerAt(pointer.x, pointer.y);
      this.deps.view.getState().hoverProvider(p >= 0 ? (model.providers[p]?.id ?? null) : null);
      this.showTip(`s${region.index}`, () => segmentTooltip(model, region.index), pointer);
    });
    zone.on('pointerout', () => {
      this.deps.view.getState().hoverProvider(null);
      this.hideTip();
    });
    zone.on('pointerdown', () => {
      const view = this.deps.view.getState();
      view.selectSegment(view.selectedSegment === region.id ? null : region.id);
    });
  }

  private bindBadge(badge: ProviderBadge): void {
    const zone = badge.hitArea;
    zone.on('pointermove', (pointer: Phaser.Input.Pointer) => {
      const model = this.model;
      if (!model) return;
      this.deps.view.getState().hoverProvider(badge.id);
      this.showTip(`p${badge.index}`, () => providerTooltip(model, badge.index), pointer);
    });
    zone.on('pointerout', () => {
      this.deps.view.getState().hoverProvider(null);
      this.hideTip();
    });
  }

  /** Asks the Hud for the tooltip; the lines are only rebuilt when the subject changes. */
  private showTip(key: string, lines: () => string[], pointer: Phaser.Input.Pointer): void {
    const fullKey = `${key}:${this.model?.quarter}:${this.model?.locale}`;
    if (fullKey !== this.tipKey) {
      this.tipKey = fullKey;
      this.game.events.emit(TOOLTIP, lines());
    }
    this.game.events.emit(TOOLTIP_MOVE, pointer.x, pointer.y);
  }

  private hideTip(): void {
    if (this.tipKey === '') return;
    this.tipKey = '';
    this.game.events.emit(TOOLTIP, null);
  }
}
