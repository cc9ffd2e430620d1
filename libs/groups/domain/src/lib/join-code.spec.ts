import { formatJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, JOIN_CODE_RANDOM_BYTES, joinCodeFromBytes, normaliseJoinCode } from './join-code';

describe('join codes', () => {
  it('turns 40 random bits into 8 Crockford symbols, every bit counting', () => {
    expect(JOIN_CODE_RANDOM_BYTES).toBe(5);
    expect(joinCodeFromBytes(new Uint8Array([0, 0, 0, 0, 0]))).toBe('00000000');
    expect(joinCodeFromBytes(new Uint8Array([255, 255, 255, 255, 255]))).toBe('ZZZZZZZZ');
    expect(joinCodeFromBytes(new Uint8Array([0, 0, 0, 0, 1]))).toBe('00000001');
    expect(joinCodeFromBytes(new Uint8Array([0x80, 0, 0, 0, 0]))).toBe('G0000000');
    expect(joinCodeFromBytes(new Uint8Array([0x08, 0x42, 0x10, 0x84, 0x21]))).toBe('11111111');
  });

  it('never uses the ambiguous letters I, L, O or U', () => {
    expect(JOIN_CODE_ALPHABET).toHaveLength(32);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[ILOU]/);
    const bytes = new Uint8Array(5);
    for (let n = 0; n < 256; n += 1) {
      bytes.fill(n);
      const code = joinCodeFromBytes(bytes);
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    }
  });

  it('refuses too few random bytes', () => {
    expect(() => joinCodeFromBytes(new Uint8Array(4))).toThrow(RangeError);
  });

  it('reads back what people type: any case, spaces, dashes, O for 0, I and L for 1', () => {
    expect(normaliseJoinCode('K7QM2XFD')).toBe('K7QM2XFD');
    expect(normaliseJoinCode('k7qm-2xfd')).toBe('K7QM2XFD');
    expect(normaliseJoinCode('  k7qm 2xfd ')).toBe('K7QM2XFD');
    expect(normaliseJoinCode('O0IL-1ioo')).toBe('00111100');
    expect(normaliseJoinCode(formatJoinCode('AB12CD34'))).toBe('AB12CD34');
  });

  it('answers null for what cannot be a code', () => {
    expect(normaliseJoinCode('')).toBeNull();
    expect(normaliseJoinCode('K7QM2XF')).toBeNull();
    expect(normaliseJoinCode('K7QM2XFDA')).toBeNull();
    expect(normaliseJoinCode('K7QM2XFU')).toBeNull();
    expect(normaliseJoinCode('K7QM2XF!')).toBeNull();
    expect(normaliseJoinCode('K7QM2XFÉ')).toBeNull();
  });

  it('shows codes as two groups of four', () => {
    expect(formatJoinCode('K7QM2XFD')).toBe('K7QM-2XFD');
  });
});
