// Particles carrying a quarter's share flows inside each segment, from the strip of a provider
// who lost share to the strip of one who gained. A fixed pool of images (one dot texture per
// provider colour, made by the Boot scene's helper) is reused; all state lives in typed arrays,
// so a frame of animation only moves existing objects.

import type * as Phaser from 'phaser';
import type { ShareFlow } from '../model/quarter-diff.ts';
import { dotKey } from '../updates/dot-textures.ts';
import type { SegmentRegion } from './SegmentRegion.ts';

const POOL = 180;
/** Particles per share point moved, and the cap per flow. */
const PER_POINT = 3;
const MAX_PER_FLOW = 10;

export class FlowParticles {
  private readonly dots: Phaser.GameObjects.Image[] = [];
  private readonly region = new Int16Array(POOL);
  private readonly from = new Int16Array(POOL);
  private readonly to = new Int16Array(POOL);
  private readonly u0 = new Float32Array(POOL);
  private readonly v0 = new Float32Array(POOL);
  private readonly u1 = new Float32Array(POOL);
  private readonly v1 = new Float32Array(POOL);
  private readonly delay = new Float32Array(POOL);
  private count = 0;

  constructor(scene: Phaser.Scene) {
    for (let i = 0; i < POOL; i++)
      this.dots.push(scene.add.image(0, 0, '__WHITE').setVisible(false).setDepth(10));
  }

  /** Prepares the particles of `flows`; colours come from each gaining provider. */
  start(flows: readonly ShareFlow[], colours: readonly number[]): void {
    this.count = 0;
    let seed = 1;
    const next = (): number => {
      // A small fixed sequence: the same quarter always looks the same.
      seed = (seed * 16807) % 2147483647;
      return (seed - 1) / 2147483646;
    };
    for (const flow of flows) {
      const n = Math.min(MAX_PER_FLOW, Math.max(1, Math.round(flow.amount * 100 * PER_POINT)));
      for (let k = 0; k < n && this.count < POOL; k++) {
        const i = this.count++;
        this.region[i] = flow.segment;
        this.from[i] = flow.from;
        this.to[i] = flow.to;
        this.u0[i] = 0.2 + 0.6 * next();
        this.v0[i] = 0.2 + 0.6 * next();
        this.u1[i] = 0.2 + 0.6 * next();
        this.v1[i] = 0.2 + 0.6 * next();
        this.delay[i] = 0.45 * next();
        this.dots[i]!.setTexture(dotKey(colours[flow.to] ?? 0xffffff)).setVisible(false);
      }
    }
    for (let i = this.count; i < POOL; i++) this.dots[i]!.setVisible(false);
  }

  /** Places every particle at overall progress t in [0, 1], reading the regions' live strips. */
  draw(t: number, regions: readonly SegmentRegion[]): void {
    for (let i = 0; i < this.count; i++) {
      const dot = this.dots[i]!;
      const local = (t - this.delay[i]!) / 0.55;
      const region = regions[this.region[i]!];
      const a = region?.strip(this.from[i]!);
      const b = region?.strip(this.to[i]!);
      if (local <= 0 || local >= 1 || !a || !b) {
        dot.setVisible(false);
        continue;
      }
      const ax = a.x + a.w * this.u0[i]!;
      const ay = a.y + a.h * this.v0[i]!;
      const bx = b.x + b.w * this.u1[i]!;
      const by = b.y + b.h * this.v1[i]!;
      const ease = local * local * (3 - 2 * local);
      // A shallow arc so flows in both directions stay apart.
      const lift = Math.sin(Math.PI * ease) * 14;
      dot
        .setPosition(ax + (bx - ax) * ease, ay + (by - ay) * ease - lift)
        .setAlpha(local < 0.85 ? 1 : (1 - local) / 0.15)
        .setVisible(true);
    }
  }

  stop(): void {
    for (let i = 0; i < this.count; i++) this.dots[i]!.setVisible(false);
    this.count = 0;
  }

  destroy(): void {
    for (const dot of this.dots) dot.destroy();
    this.dots.length = 0;
  }
}
