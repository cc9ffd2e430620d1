/**
 * Certificate verification codes: `CD-XXXX-XXXX-XXXX-XXXX-XXXX`, 20 Crockford base32 symbols = 100 random bits, so
 * that nobody finds a valid code by trying (2^100 codes for a few thousand certificates). Crockford's alphabet has no
 * I, L, O or U: a code read aloud or typed from paper survives the usual confusions (`normaliseCertificateCode`).
 */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CERTIFICATE_CODE_PREFIX = 'CD';
export const CERTIFICATE_CODE_SYMBOLS = 20;
export const CERTIFICATE_CODE_BITS = CERTIFICATE_CODE_SYMBOLS * 5;
/** Random bytes the server draws for one code (the last 4 bits are dropped). */
export const CERTIFICATE_CODE_RANDOM_BYTES = Math.ceil(CERTIFICATE_CODE_BITS / 8);
export const CERTIFICATE_CODE_PATTERN = /^CD(-[0-9A-HJKMNP-TV-Z]{4}){5}$/;

/** The code made of the first 100 bits of `bytes` (at least 13 bytes, drawn from a cryptographic source). */
export function certificateCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < CERTIFICATE_CODE_RANDOM_BYTES) throw new Error(`A certificate code needs ${CERTIFICATE_CODE_RANDOM_BYTES} random bytes.`);
  let symbols = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && symbols.length < CERTIFICATE_CODE_SYMBOLS) {
      symbols += CROCKFORD_ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
    if (symbols.length === CERTIFICATE_CODE_SYMBOLS) break;
  }
  return [CERTIFICATE_CODE_PREFIX, ...(symbols.match(/.{4}/g) as string[])].join('-');
}

/**
 * What a person typed, as the canonical code, or null when it cannot be one: case, spaces and dashes do not matter,
 * I and L read as 1, O as 0 (Crockford's decoding rules).
 */
export function normaliseCertificateCode(input: string): string | null {
  let compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (compact.startsWith(CERTIFICATE_CODE_PREFIX) && compact.length === CERTIFICATE_CODE_PREFIX.length + CERTIFICATE_CODE_SYMBOLS) {
    compact = compact.slice(CERTIFICATE_CODE_PREFIX.length);
  }
  compact = compact.replace(/[IL]/g, '1').replace(/O/g, '0');
  if (compact.length !== CERTIFICATE_CODE_SYMBOLS || [...compact].some((c) => !CROCKFORD_ALPHABET.includes(c))) return null;
  return [CERTIFICATE_CODE_PREFIX, ...(compact.match(/.{4}/g) as string[])].join('-');
}
