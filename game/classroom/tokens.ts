// Seat and teacher tokens: 128 random bits, given once to the device that earns them; the
// journal and the class file keep only their SHA-256, so a copied journal lets no one in.

import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { classCode } from './join-info.ts';

export function newToken(): string {
  return randomBytes(16).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether `token` hashes to one of `hashes`, compared in constant time. */
export function tokenMatches(token: string, hashes: readonly string[]): boolean {
  const mine = Buffer.from(hashToken(token), 'hex');
  let found = false;
  for (const hash of hashes) {
    const other = Buffer.from(hash, 'hex');
    if (other.length === mine.length && timingSafeEqual(mine, other)) found = true;
  }
  return found;
}

/** A short code for a class or a team, from the system's secure random source. */
export function newCode(): string {
  return classCode((max) => randomInt(max));
}
