// Join addresses from a machine's interfaces, class codes from a random source, and the QR code.

import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import {
  CLASS_CODE_ALPHABET,
  classCode,
  joinAddresses,
  joinInfo,
  normalizeClassCode,
  qrSvg,
} from '../../game/classroom/join-info.ts';
import type { NetworkInterfaces } from '../../game/classroom/join-info.ts';

// A laptop with loopback, Docker's bridge, Wi-Fi (IPv4 and IPv6), an unconfigured Ethernet port
// (link-local) and, as Node 18.0-18.3 reported it, a numeric family.
const laptop: NetworkInterfaces = {
  lo: [
    { address: '127.0.0.1', family: 'IPv4', internal: true },
    { address: '::1', family: 'IPv6', internal: true },
  ],
  eth0: [{ address: '169.254.10.2', family: 'IPv4', internal: false }],
  docker0: [{ address: '172.17.0.1', family: 'IPv4', internal: false }],
  wlan0: [
    { address: 'fe80::1c2b:3aff:fe4d:5e6f', family: 'IPv6', internal: false },
    { address: '192.168.1.20', family: 'IPv4', internal: false },
  ],
  usb0: [{ address: '100.64.3.7', family: 4, internal: false }],
  gone: undefined,
};

describe('joinAddresses', () => {
  it('lists every non-internal IPv4 address, private ranges first, bridges after real interfaces, link-local last, then localhost', () => {
    expect(joinAddresses(laptop, 2567)).toEqual([
      'http://192.168.1.20:2567/',
      'http://172.17.0.1:2567/',
      'http://100.64.3.7:2567/',
      'http://169.254.10.2:2567/',
      'http://localhost:2567/',
    ]);
  });

  it('lists an address held by two interfaces once', () => {
    const twice: NetworkInterfaces = {
      a: [{ address: '10.0.0.5', family: 'IPv4', internal: false }],
      b: [{ address: '10.0.0.5', family: 'IPv4', internal: false }],
    };
    expect(joinAddresses(twice, 3000)).toEqual(['http://10.0.0.5:3000/', 'http://localhost:3000/']);
  });

  it('offers localhost alone on a machine without a network', () => {
    expect(joinAddresses({ lo: laptop.lo }, 2567)).toEqual(['http://localhost:2567/']);
  });
});

describe('classCode', () => {
  it('has six characters, none of them a look-alike (0 O 1 I L)', () => {
    for (const ch of '0O1IL') expect(CLASS_CODE_ALPHABET).not.toContain(ch);
    expect(new Set(CLASS_CODE_ALPHABET).size).toBe(CLASS_CODE_ALPHABET.length);
    let i = 0;
    const cycling = (max: number) => i++ % max;
    expect(classCode(cycling)).toBe(CLASS_CODE_ALPHABET.slice(0, 6));
    const last = (max: number) => max - 1;
    expect(classCode(last)).toBe('ZZZZZZ');
  });

  it('asks the random source for the alphabet size each time', () => {
    const asked: number[] = [];
    classCode((max) => (asked.push(max), 0));
    expect(asked).toEqual(Array(6).fill(CLASS_CODE_ALPHABET.length));
  });

  it('refuses a random source that breaks its contract', () => {
    expect(() => classCode(() => CLASS_CODE_ALPHABET.length)).toThrow(
      /gave 31, not a whole number from 0 to 30/,
    );
    expect(() => classCode(() => 0.5)).toThrow(/gave 0.5/);
    expect(() => classCode(() => -1)).toThrow(/gave -1/);
  });
});

describe('normalizeClassCode', () => {
  it('accepts the code as typed with spaces, dashes or small letters', () => {
    expect(normalizeClassCode(' abc-23k ')).toBe('ABC23K');
    expect(normalizeClassCode('ABC 23K')).toBe('ABC23K');
  });

  it('refuses a wrong length or a character that is never issued', () => {
    expect(normalizeClassCode('ABC23')).toBeNull();
    expect(normalizeClassCode('ABC23KK')).toBeNull();
    expect(normalizeClassCode('ABC0DE')).toBeNull();
    expect(normalizeClassCode('ABCODE')).toBeNull();
  });
});

describe('the QR code', () => {
  it('is an SVG of the first address, sized by the QR symbol of that text', async () => {
    const info = await joinInfo(laptop, 2567, () => 0);
    expect(info.code).toBe('222222');
    expect(info.qr).toBe(await qrSvg('http://192.168.1.20:2567/'));
    expect(info.qr).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const modules = QRCode.create('http://192.168.1.20:2567/', { errorCorrectionLevel: 'M' })
      .modules.size;
    // margin 2 on each side
    expect(info.qr).toContain(`viewBox="0 0 ${modules + 4} ${modules + 4}"`);
    expect(await qrSvg('http://172.17.0.1:2567/')).not.toBe(info.qr);
  });
});
