// The size the map canvas takes inside its parent. A parent collapsed to 0 px (the page is
// printing and hides the map, or a screen hides it with display:none) must never reach the
// renderer: a zero-sized WebGL framebuffer throws "Incomplete Attachment" inside Phaser's
// game loop, the loop stops, and the map stays black and 0x0 until the page is reloaded.

export interface CanvasSize {
  width: number;
  height: number;
}

/**
 * The whole-pixel size for a parent of `width` × `height` CSS pixels, or null to keep the
 * canvas as it is: the parent is collapsed (below 1 px either way) or the size is unchanged.
 */
export function canvasSizeFor(
  width: number,
  height: number,
  current: CanvasSize,
): CanvasSize | null {
  const w = Math.floor(width);
  const h = Math.floor(height);
  if (!(w >= 1 && h >= 1)) return null;
  if (w === current.width && h === current.height) return null;
  return { width: w, height: h };
}
