// exp, log and pow computed with + − × ÷ only, so that every JavaScript runtime gets the same bits.
//
// ECMAScript leaves Math.exp, Math.log and Math.pow "implementation-approximated": Node 20 (V8
// 11.3) and Chromium 156 disagree in the last bit for about one input in eleven. A class server
// and its browsers then worked out different quarters from the same seed and decisions. IEEE 754
// rounds + − × ÷ exactly, and Math.round, floor, abs, min and max are exact, so these functions
// give one answer everywhere. They are accurate to about one unit in the last place (see
// tests/engine/portable-math.test.ts), which is all a market model needs.

/** ln 2 split so that k × LN2_HI is exact for every |k| < 2^21 (LN2_HI has 32 significant bits). */
const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
const INV_LN2 = 1.4426950408889634;
const SQRT2 = 1.4142135623730951;

/** Largest x whose exp is finite, and the x under which exp rounds to zero. */
const EXP_MAX = 709.782712893384;
const EXP_MIN = -745.1332191019412;

/** N numbers: a table's entries once they are read out into constants. */
type Numbers<N extends number, R extends number[] = []> = R['length'] extends N
  ? R
  : Numbers<N, [...R, number]>;

/** A table's entries as plain numbers (the tables are filled in full). */
function coefficients<N extends number>(table: Float64Array, length: N): Numbers<N> {
  if (table.length !== length) throw new Error('coefficient table of the wrong length');
  return Array.from(table) as Numbers<N>;
}

/** 1/n! for n = 0..13: the Taylor series of exp on |r| ≤ ln2/2 is below 2^-57 after 13 terms. */
const EXP_TERMS = 14;
const INV_FACTORIAL = new Float64Array(EXP_TERMS);
INV_FACTORIAL[0] = 1;
for (let n = 1; n < EXP_TERMS; n++) INV_FACTORIAL[n] = INV_FACTORIAL[n - 1]! / n;
// The same coefficients as constants, so exp's Horner sum is straight-line code: the same
// operations in the same order as a loop over the table (so the same bits), about twice as fast.
const [E0, E1, E2, E3, E4, E5, E6, E7, E8, E9, E10, E11, E12, E13] = coefficients(
  INV_FACTORIAL,
  EXP_TERMS,
);

/** 2/(2n+1) for n = 1..12: the series of 2·atanh(s)/s − 2 in z = s², with |s| ≤ 0.1716. */
const LOG_TERMS = 12;
const LOG_COEFFICIENTS = new Float64Array(LOG_TERMS);
for (let n = 1; n <= LOG_TERMS; n++) LOG_COEFFICIENTS[n - 1] = 2 / (2 * n + 1);
const [L0, L1, L2, L3, L4, L5, L6, L7, L8, L9, L10, L11] = coefficients(
  LOG_COEFFICIENTS,
  LOG_TERMS,
);

/** 2^k for k = -1074..1024, each exact (doubling and halving never round in this range). */
const POW2_MIN = -1074;
const POW2 = new Float64Array(1024 - POW2_MIN + 1);
POW2[-POW2_MIN] = 1;
for (let k = 1; k <= 1024; k++) POW2[k - POW2_MIN] = POW2[k - 1 - POW2_MIN]! * 2;
for (let k = -1; k >= POW2_MIN; k--) POW2[k - POW2_MIN] = POW2[k + 1 - POW2_MIN]! / 2;
// 2^1024 overflows to Infinity, which is what a product that large should give.

/** Exact 2^k for an integer k (0 below 2^-1074, Infinity from 2^1024). */
function twoTo(k: number): number {
  if (k < POW2_MIN) return 0;
  if (k > 1024) return Infinity;
  return POW2[k - POW2_MIN]!;
}

/** e^x. */
export function exp(x: number): number {
  if (x !== x) return x;
  if (x > EXP_MAX) return Infinity;
  if (x < EXP_MIN) return 0;
  // x = k·ln2 + r with |r| ≤ ln2/2; e^x = 2^k · e^r.
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  // Horner from the 13th term down: series = ((E13·r + E12)·r + …)·r + E0.
  const series =
    ((((((((((((E13 * r + E12) * r + E11) * r + E10) * r + E9) * r + E8) * r + E7) * r + E6) * r +
      E5) *
      r +
      E4) *
      r +
      E3) *
      r +
      E2) *
      r +
      E1) *
      r +
    E0;
  // Two steps keep 2^k finite near the top of the range and out of the subnormals at the bottom.
  if (k > 1000) return series * twoTo(k - 1000) * twoTo(1000);
  if (k < -1000) return series * twoTo(k + 1000) * twoTo(-1000);
  return series * twoTo(k);
}

const BITS = new DataView(new ArrayBuffer(8));
const SUBNORMAL_LIMIT = 2.2250738585072014e-308; // 2^-1022, the smallest normal double
const TWO_TO_54 = 18014398509481984;

/** ln x (NaN below 0, -Infinity at 0). */
export function log(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  // x = m · 2^e with m in [√½, √2): read the exponent from the bits, then set it to 0.
  let e = 0;
  if (x < SUBNORMAL_LIMIT) {
    x *= TWO_TO_54;
    e = -54;
  }
  BITS.setFloat64(0, x);
  const high = BITS.getUint32(0);
  e += ((high >>> 20) & 0x7ff) - 1023;
  BITS.setUint32(0, (high & 0x800fffff) | 0x3ff00000);
  let m = BITS.getFloat64(0);
  if (m > SQRT2) {
    m /= 2;
    e += 1;
  }
  // ln(1 + f) = f − s·f + s·R(s²) with s = f/(2 + f), arranged so the rounding stays small.
  const f = m - 1;
  const s = f / (2 + f);
  const z = s * s;
  const series =
    ((((((((((L11 * z + L10) * z + L9) * z + L8) * z + L7) * z + L6) * z + L5) * z + L4) * z + L3) *
      z +
      L2) *
      z +
      L1) *
      z +
    L0;
  const halfSquare = 0.5 * f * f;
  const logM = f - (halfSquare - s * (halfSquare + z * series));
  return e * LN2_HI + (logM + e * LN2_LO);
}

/** Largest |exponent| raised by repeated multiplication rather than through exp and log. */
const MULTIPLY_UP_TO = 4;

/** base^exponent for the bases the engine uses; negative bases only with whole exponents. */
export function pow(base: number, exponent: number): number {
  if (exponent === 0 || base === 1) return 1;
  if (base !== base || exponent !== exponent) return NaN;
  const whole = Number.isInteger(exponent);
  if (whole && Math.abs(exponent) <= MULTIPLY_UP_TO) {
    let result = 1;
    let square = base;
    for (let n = Math.abs(exponent); n > 0; n = Math.floor(n / 2)) {
      if (n % 2 === 1) result *= square;
      square *= square;
    }
    return exponent < 0 ? 1 / result : result;
  }
  if (base === 0) return exponent > 0 ? 0 : Infinity;
  if (base < 0) {
    if (!whole) return NaN;
    const magnitude = exp(exponent * log(-base));
    return exponent % 2 === 0 ? magnitude : -magnitude;
  }
  return exp(exponent * log(base));
}
