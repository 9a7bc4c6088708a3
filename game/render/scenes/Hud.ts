// Hud: the overlay above the map: scenario title and quarter, a hint, and the hover details.
// It reads the feed and listens to MarketMap's tooltip events; it changes nothing.

import * as Phaser from 'phaser';
import type { MapEvent } from '../feed/map-feed.ts';
import { frameLayout } from '../layout/frame.ts';
import type { MapModel } from '../model/map-model.ts';
import { Tooltip } from '../objects/Tooltip.ts';
import { THEME, textStyle } from '../theme.ts';
import { word } from '../words.ts';
import { TOOLTIP, TOOLTIP_MOVE } from './deps.ts';
import type { SceneDeps } from './deps.ts';

export class Hud extends Phaser.Scene {
  private readonly deps: SceneDeps;
  private title!: Phaser.GameObjects.Text;
  private hint!: Phaser.GameObjects.Text;
  private tooltip!: Tooltip;
  private model: MapModel | null = null;

  constructor(deps: SceneDeps) {
    super('Hud');
    this.deps = deps;
  }

  create(): void {
    this.title = this.add.text(0, 0, '', textStyle(16, THEME.text, true));
    this.hint = this.add.text(0, 0, '', textStyle(11, THEME.textMuted)).setOrigin(1, 0);
    this.tooltip = new Tooltip(this);
    const off = this.deps.feed.listen((event) => this.onEvent(event));
    const onTip = (lines: string[] | null): void => {
      if (lines) this.tooltip.show(lines);
      else this.tooltip.hide();
    };
    const onMove = (x: number, y: number): void => this.tooltip.moveTo(x, y);
    this.game.events.on(TOOLTIP, onTip);
    this.game.events.on(TOOLTIP_MOVE, onMove);
    this.scale.on('resize', this.relayout, this);
    let done = false;
    const teardown = (): void => {
      if (done) return;
      done = true;
      off();
      this.game.events.off(TOOLTIP, onTip);
      this.game.events.off(TOOLTIP_MOVE, onMove);
      this.scale.off('resize', this.relayout, this);
      this.tooltip.destroy();
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, teardown);
    this.events.once(Phaser.Scenes.Events.DESTROY, teardown);
    this.show(this.deps.feed.model());
  }

  private onEvent(event: MapEvent): void {
    if (event.kind === 'view') return;
    if (event.kind === 'reset') this.tooltip.hide();
    this.show(event.model);
  }

  private show(model: MapModel | null): void {
    this.model = model;
    // The map shows the last resolved quarter while the top bar names the one being decided.
    this.title.setText(
      model
        ? `${model.title} · ${word(model.measure === 'volume' ? 'mapOfVolume' : 'mapOfRevenue', model.locale)} · ${word('resultsOf', model.locale)} ${model.quarter}`
        : '',
    );
    this.hint.setText(model ? word('hint', model.locale) : '');
    this.relayout();
  }

  private relayout(): void {
    const f = frameLayout(this.scale.width, this.scale.height, this.model?.providers.length ?? 0);
    this.title.setPosition(f.title.x, f.title.y + 4);
    this.hint.setPosition(f.title.x + f.title.w, f.title.y + 8);
    this.hint.setVisible(this.title.width + this.hint.width + 24 < f.title.w);
  }
}
