// stateHash: a stable fingerprint of a game state. The state is written as canonical JSON
// (object keys sorted, numbers in JavaScript's shortest round-trip form, which is the same on
// every platform) and hashed with two independent 32-bit FNV-1a lanes mixed murmur-style.
// It detects drift between runs; it is not a cryptographic digest.

function canonical(value: unknown, out: string[]): void {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number') out.push(Object.is(value, -0) ? '0' : String(value));
    else if (value === undefined) out.push('null');
    else out.push(JSON.stringify(value));
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, i) => {
      if (i > 0) out.push(',');
      canonical(item, out);
    });
    out.push(']');
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  out.push('{');
  keys.forEach((key, i) => {
    if (i > 0) out.push(',');
    out.push(JSON.stringify(key), ':');
    canonical(record[key], out);
  });
  out.push('}');
}

export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  canonical(value, out);
  return out.join('');
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  a = Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
  b = Math.imul(b ^ (b >>> 16), 0x85ebca6b);
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  return (
    hex(a ^ (a >>> 16)) + hex(b ^ (b >>> 16)) + hex(Math.imul(a ^ b, 0x27d4eb2f)) + hex(text.length)
  );
}

export function stateHash(state: unknown): string {
  return hashText(canonicalJson(state));
}
