import { CERTIFICATE_CODE_BITS, CERTIFICATE_CODE_PATTERN, CERTIFICATE_CODE_RANDOM_BYTES, certificateCodeFromBytes, normaliseCertificateCode } from './certificate-code';
import { certificateVerificationUrl, frenchCertificateDate } from './certificate-text';

function bytes(values: number[]): Uint8Array {
  return Uint8Array.from(values);
}

/** Deterministic pseudo-random bytes (xorshift), enough to look at the distribution of symbols. */
function pseudoRandomBytes(seed: number, length: number): Uint8Array {
  let x = seed || 1;
  return Uint8Array.from({ length }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x & 0xff;
  });
}

describe('certificate codes', () => {
  it('carry at least 100 bits in 20 Crockford symbols grouped by four after CD-', () => {
    expect(CERTIFICATE_CODE_BITS).toBeGreaterThanOrEqual(100);
    expect(CERTIFICATE_CODE_RANDOM_BYTES).toBe(13);
    const code = certificateCodeFromBytes(pseudoRandomBytes(7, 13));
    expect(code).toMatch(CERTIFICATE_CODE_PATTERN);
    expect(code).toMatch(/^CD-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(encodeURIComponent(code)).toBe(code);
  });

  it('encode the bits in order, five by five', () => {
    expect(certificateCodeFromBytes(new Uint8Array(13))).toBe('CD-0000-0000-0000-0000-0000');
    expect(certificateCodeFromBytes(new Uint8Array(13).fill(0xff))).toBe('CD-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    // 0b00001 00010 00011 … : the first bytes 0x08 0x86 0x40 give symbols 1, 2, 3, 4.
    expect(certificateCodeFromBytes(bytes([0x08, 0x86, 0x40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe('CD-1234-0000-0000-0000-0000');
  });

  it('use every random bit: changing any of the first 100 bits changes the code', () => {
    const base = new Uint8Array(13);
    const codes = new Set<string>();
    for (let bit = 0; bit < 100; bit += 1) {
      const flipped = base.slice();
      flipped[bit >> 3] ^= 0x80 >> (bit & 7);
      codes.add(certificateCodeFromBytes(flipped));
    }
    expect(codes.size).toBe(100);
    expect(codes.has(certificateCodeFromBytes(base))).toBe(false);
  });

  it('spread over the whole alphabet (no symbol more than twice as frequent as another)', () => {
    const counts = new Map<string, number>();
    for (let i = 1; i <= 2000; i += 1) {
      for (const c of certificateCodeFromBytes(pseudoRandomBytes(i * 7919, 13))
        .slice(3)
        .replace(/-/g, ''))
        counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    expect(counts.size).toBe(32);
    expect(Math.max(...counts.values()) / Math.min(...counts.values())).toBeLessThan(2);
  });

  it('refuse too few random bytes', () => {
    expect(() => certificateCodeFromBytes(new Uint8Array(12))).toThrow(/13 random bytes/);
  });

  it('are recognised as typed by a person: lower case, spaces, no dashes, I/L for 1 and O for 0, with or without CD', () => {
    const code = 'CD-1A2B-3C4D-5E6F-7G8H-9JK0';
    expect(normaliseCertificateCode(code)).toBe(code);
    expect(normaliseCertificateCode('cd 1a2b 3c4d 5e6f 7g8h 9jk0')).toBe(code);
    expect(normaliseCertificateCode('1A2B3C4D5E6F7G8H9JKO')).toBe(code);
    expect(normaliseCertificateCode('CD-IA2B-3C4D-5E6F-7G8H-9JK0')).toBe(code);
    expect(normaliseCertificateCode('cd-la2b-3c4d-5e6f-7g8h-9jk0')).toBe(code);
  });

  it('reject what cannot be a code', () => {
    expect(normaliseCertificateCode('')).toBeNull();
    expect(normaliseCertificateCode('CD-1A2B-3C4D-5E6F-7G8H')).toBeNull();
    expect(normaliseCertificateCode('CD-1A2B-3C4D-5E6F-7G8H-9JKU')).toBeNull();
    expect(normaliseCertificateCode('CD-1A2B-3C4D-5E6F-7G8H-9JK0-0000')).toBeNull();
    expect(normaliseCertificateCode('../../etc/passwd')).toBeNull();
  });
});

describe('certificate text', () => {
  it('writes the date the French way, in Paris time', () => {
    expect(frenchCertificateDate(new Date('2026-11-27T10:00:00Z'))).toBe('27 novembre 2026');
    expect(frenchCertificateDate(new Date('2027-02-28T23:30:00Z'))).toBe('1er mars 2027');
    expect(frenchCertificateDate(new Date('2026-07-14T21:59:00Z'))).toBe('14 juillet 2026');
    expect(frenchCertificateDate(new Date('2026-07-14T22:00:00Z'))).toBe('15 juillet 2026');
  });

  it('builds the verification URL under /certificats', () => {
    expect(certificateVerificationUrl('https://culture-d.fr/', 'CD-0000-0000-0000-0000-0000')).toBe('https://culture-d.fr/certificats/CD-0000-0000-0000-0000-0000');
  });
});
