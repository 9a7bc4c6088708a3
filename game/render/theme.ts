// Look of the market map: one dark-navy palette, one CJK-capable font stack, and the timings
// of a quarter's animation. Provider colours come from the scenario, never from here.

export const FONT_FAMILY =
  '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export const THEME = {
  background: '#0b1630',
  regionFill: 0x13244a,
  regionStroke: 0x2c4274,
  selectedStroke: 0xffffff,
  hoverStroke: 0xffffff,
  badgeFill: 0x15264d,
  gaugeTrack: 0x2a3b63,
  gaugeCash: 0x8fd3a8,
  gaugeDebt: 0xd9b46a,
  gaugeGpu: 0x9ab8ff,
  gaugeCpu: 0xc9b7ff,
  gaugeHot: 0xff8a65,
  text: '#eef3ff',
  textMuted: '#a9b8d8',
  tooltipFill: 0x08112a,
  cutText: '#ffd166',
  radius: 8,
  gap: 6,
  /** How long region splits tween from the old to the new shares. */
  tweenMs: 800,
  /** How long share-flow particles travel. */
  flowMs: 1100,
  /** How long a price-cut tag falls and fades. */
  cutMs: 1300,
} as const;

/** '#E69F00' → 0xe69f00; anything unreadable becomes grey. */
export function colourNumber(css: string): number {
  const match = /^#?([0-9a-f]{6})$/i.exec(css.trim());
  return match ? parseInt(match[1]!, 16) : 0x999999;
}

/** Text styles shared by the scenes (Phaser copies them, so sharing is safe). */
export function textStyle(size: number, colour: string = THEME.text, bold = false) {
  return {
    fontFamily: FONT_FAMILY,
    fontSize: `${size}px`,
    color: colour,
    fontStyle: bold ? 'bold' : 'normal',
  };
}
