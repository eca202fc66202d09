// The short codes a teacher reads and types: the PIN's recovery code and a device's pairing code.
// 12 characters of Crockford's base32 (no I, L, O or U to misread), 60 random bits, shown as
// K7QM-2XD9-HNC4. Pure: the caller passes the random bytes.

export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 12;

/** A code from 12 random bytes (each byte mod 32: 256 is a multiple of 32, so every letter is as likely). */
export function codeFrom(random: Uint8Array): string {
  if (random.length !== CODE_LENGTH) throw new Error('A code needs 12 random bytes.');
  const chars = Array.from(random, (b) => CODE_ALPHABET[b % 32]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** Upper case, with the look-alikes O, I and L read as 0, 1 and 1. */
export function readLookAlikes(typed: string): string {
  return typed.toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
}
