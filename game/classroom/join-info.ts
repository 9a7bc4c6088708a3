// What the host shows so students can join: every address of this machine a laptop on the
// school network might reach, a short class code to type, and a QR code of the first address.
// The network interfaces and the random source are passed in (the server passes
// os.networkInterfaces() and crypto.randomInt), so the rules here are testable and pure.

import QRCode from 'qrcode';

/** One address of an interface, as os.networkInterfaces() describes it (family is 4 on Node 18.0-18.3). */
export interface InterfaceAddress {
  address: string;
  family: string | number;
  internal: boolean;
}

export type NetworkInterfaces = Readonly<Record<string, readonly InterfaceAddress[] | undefined>>;

/** crypto.randomInt's shape: a uniform whole number from 0 to max - 1. */
export type RandomInt = (max: number) => number;

/** Letters and digits a student cannot misread: no 0/O, 1/I/L. */
export const CLASS_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CLASS_CODE_LENGTH = 6;

const isIPv4 = (a: InterfaceAddress): boolean => a.family === 'IPv4' || a.family === 4;

/** Bridges that container and VM software creates: reachable from this machine only. */
const VIRTUAL = /^(docker|br-|veth|virbr|vmnet|vboxnet)/i;

/**
 * Lower ranks come first: school networks use private ranges; 169.254 means no DHCP server
 * answered; a virtual bridge comes after every real interface's address of the same kind.
 */
function rank(name: string, address: string): number {
  const [a, b] = address.split('.').map(Number) as [number, number];
  const kind =
    a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)
      ? 0
      : a === 169 && b === 254
        ? 2
        : 1;
  return 2 * kind + (VIRTUAL.test(name) ? 1 : 0);
}

/**
 * The URLs students can open: every non-internal IPv4 address (private ranges first, link-local
 * last, container and VM bridges after real interfaces, otherwise in the order the system lists
 * them), then localhost for the host itself.
 */
export function joinAddresses(interfaces: NetworkInterfaces, port: number): string[] {
  const seen = new Set<string>();
  const found: { address: string; rank: number }[] = [];
  for (const [name, list] of Object.entries(interfaces))
    for (const entry of list ?? [])
      if (isIPv4(entry) && !entry.internal && !seen.has(entry.address)) {
        seen.add(entry.address);
        found.push({ address: entry.address, rank: rank(name, entry.address) });
      }
  // Array.prototype.sort is stable: equal ranks keep the system's order.
  found.sort((x, y) => x.rank - y.rank);
  return [...found.map((f) => f.address), 'localhost'].map((host) => `http://${host}:${port}/`);
}

/** A new class code; throws if `random` breaks its contract (a bad code would be unjoinable). */
export function classCode(random: RandomInt): string {
  let code = '';
  for (let i = 0; i < CLASS_CODE_LENGTH; i++) {
    const n = random(CLASS_CODE_ALPHABET.length);
    if (!Number.isInteger(n) || n < 0 || n >= CLASS_CODE_ALPHABET.length)
      throw new Error(
        `classCode: the random source gave ${n}, not a whole number from 0 to ${CLASS_CODE_ALPHABET.length - 1}`,
      );
    code += CLASS_CODE_ALPHABET[n];
  }
  return code;
}

/** A code as a student typed it ("abc 23k", "ABC-23K"), in the form it was issued; null if it cannot be one. */
export function normalizeClassCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== CLASS_CODE_LENGTH) return null;
  for (const ch of code) if (!CLASS_CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** A QR code of `text` as a standalone SVG document (scales to any projector). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

export interface JoinInfo {
  addresses: string[];
  code: string;
  /** QR code of addresses[0] as SVG text. */
  qr: string;
}

export async function joinInfo(
  interfaces: NetworkInterfaces,
  port: number,
  random: RandomInt,
): Promise<JoinInfo> {
  const addresses = joinAddresses(interfaces, port);
  return { addresses, code: classCode(random), qr: await qrSvg(addresses[0]!) };
}
