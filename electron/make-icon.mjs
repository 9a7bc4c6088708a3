// Draws assets/icon.png (512x512 RGBA): a white cloud on a rounded blue square with a red
// falling-price arrow. Plain Node (zlib for the PNG stream), no image libraries.
// Usage: node electron/make-icon.mjs [OUT.png]
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ? resolve(process.argv[2]) : join(root, 'assets', 'icon.png');

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

// Shapes in a 0..1 square; each returns true when the point is inside.
const inRoundedSquare = (x, y) => {
  const r = 0.18;
  const m = 0.03;
  const cx = Math.min(Math.max(x, m + r), 1 - m - r);
  const cy = Math.min(Math.max(y, m + r), 1 - m - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const circles = [
  [0.36, 0.5, 0.14],
  [0.52, 0.42, 0.18],
  [0.68, 0.52, 0.12],
];
const inCloud = (x, y) =>
  circles.some(([cx, cy, r]) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r) ||
  (x >= 0.36 && x <= 0.68 && y >= 0.48 && y <= 0.64);
const inArrow = (x, y) => {
  // A shaft and a head pointing down, lower right.
  if (x >= 0.69 && x <= 0.77 && y >= 0.58 && y <= 0.76) return true;
  const t = (y - 0.74) / 0.14; // 0 at the head's top, 1 at its tip
  return t >= 0 && t <= 1 && Math.abs(x - 0.73) <= 0.12 * (1 - t);
};

function shade(x, y) {
  if (!inRoundedSquare(x, y)) return [0, 0, 0, 0];
  if (inArrow(x, y)) return [226, 61, 40, 255];
  if (inCloud(x, y)) return [250, 252, 255, 255];
  // Vertical gradient from deep blue to teal.
  const t = y;
  return [Math.round(20 + 10 * t), Math.round(60 + 90 * t), Math.round(140 + 40 * t), 255];
}

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
const SS = 3; // supersampling per axis, for smooth edges
for (let py = 0; py < SIZE; py++) {
  raw[py * (SIZE * 4 + 1)] = 0; // filter: none
  for (let px = 0; px < SIZE; px++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++)
      for (let sx = 0; sx < SS; sx++) {
        const c = shade((px + (sx + 0.5) / SS) / SIZE, (py + (sy + 0.5) / SS) / SIZE);
        // Premultiply so transparent samples do not darken edges.
        acc[0] += c[0] * c[3];
        acc[1] += c[1] * c[3];
        acc[2] += c[2] * c[3];
        acc[3] += c[3];
      }
    const o = py * (SIZE * 4 + 1) + 1 + px * 4;
    const a = acc[3];
    raw[o] = a ? Math.round(acc[0] / a) : 0;
    raw[o + 1] = a ? Math.round(acc[1] / a) : 0;
    raw[o + 2] = a ? Math.round(acc[2] / a) : 0;
    raw[o + 3] = Math.round(a / (SS * SS));
  }
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(out, png);
console.log(`icon: wrote ${out} (${SIZE}x${SIZE}, ${png.length} bytes)`);
