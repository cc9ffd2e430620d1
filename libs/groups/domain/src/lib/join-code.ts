/**
 * Join codes: 8 symbols of Douglas Crockford's base 32 (no I, L, O, U), i.e. 40 random bits. Short enough to read
 * aloud or copy from a projected screen; long enough that guessing one, with joins throttled per person and per
 * network address (`JOIN_THROTTLE`), is hopeless. Stored and compared in canonical form (upper case, no separator).
 */
export const JOIN_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const JOIN_CODE_LENGTH = 8;
/** Random bytes needed for one code (5 bits per symbol). */
export const JOIN_CODE_RANDOM_BYTES = (JOIN_CODE_LENGTH * 5) / 8;

/** A code from `JOIN_CODE_RANDOM_BYTES` random bytes (the server draws them; this stays pure). */
export function joinCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < JOIN_CODE_RANDOM_BYTES) throw new RangeError(`a join code needs ${JOIN_CODE_RANDOM_BYTES} random bytes`);
  let bits = 0n;
  for (const byte of bytes.subarray(0, JOIN_CODE_RANDOM_BYTES)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = JOIN_CODE_LENGTH - 1; i >= 0; i -= 1) code += JOIN_CODE_ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return code;
}

/** Crockford's decoding rules: what people type for what they read. */
const LOOK_ALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };

/**
 * What someone typed, in canonical form: case-insensitive, spaces, dashes and dots ignored, O read as 0 and I or L
 * as 1. `null` when it cannot be a join code (wrong length or a symbol outside the alphabet), so that the caller
 * answers "unknown code" without a query.
 */
export function normaliseJoinCode(input: string): string | null {
  const code = input
    .toUpperCase()
    .replace(/[\s\-.]/g, '')
    .replace(/[OIL]/g, (c) => LOOK_ALIKES[c]);
  if (code.length !== JOIN_CODE_LENGTH) return null;
  return [...code].every((c) => JOIN_CODE_ALPHABET.includes(c)) ? code : null;
}

/** For display: two groups of four (`K7QM-2XFD`), which `normaliseJoinCode` reads back. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
