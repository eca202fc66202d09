// @vitest-environment node
// The QR code a pairing offer shows (docs/sync.md §6.1): its size for a pairing link, the three finder
// patterns where the standard puts them, and the link read back by an independent decoder (jsQR).
import { describe, expect, it } from 'vitest';
import { pairLink } from '../../src/domain/sync/pairing';
import { QUIET_ZONE, qrPicture } from '../../src/ui/qr-picture';
import { decodeModules, modulesOf } from './helpers/qr';

const LINK = pairLink('https://drommeklassen.skole.kommune.no', 'K7QM-2XD9-HNC4');

/** The 7×7 finder pattern: a dark ring, a light ring, a dark 3×3 centre. */
function isFinder(grid: boolean[][], top: number, left: number): boolean {
  for (let y = 0; y < 7; y++)
    for (let x = 0; x < 7; x++) {
      const ring = Math.max(Math.abs(y - 3), Math.abs(x - 3));
      if (grid[top + y]![left + x] !== (ring !== 2)) return false;
    }
  return true;
}

describe('the pairing QR code', () => {
  it('holds the link at level M in a small version, with a four-module quiet zone', () => {
    expect(LINK).toBe('https://drommeklassen.skole.kommune.no/pair#dk1.K7QM2XD9HNC4');
    const qr = qrPicture(LINK);
    // 58 bytes: version 4 (33 modules) at level M, whose byte capacity is 62.
    expect(qr.version).toBe(4);
    expect(qr.size).toBe(4 * 4 + 17 + 2 * QUIET_ZONE);
    const grid = modulesOf(qr.size, qr.path);
    // Nothing dark in the quiet zone.
    for (let i = 0; i < qr.size; i++)
      for (const [y, x] of [
        [i, 0],
        [0, i],
        [i, qr.size - 1],
        [qr.size - 1, i],
      ] as const)
        expect(grid[y]![x]).toBe(false);
    const q = QUIET_ZONE;
    const far = qr.size - q - 7;
    expect(isFinder(grid, q, q)).toBe(true);
    expect(isFinder(grid, q, far)).toBe(true);
    expect(isFinder(grid, far, q)).toBe(true);
    expect(isFinder(grid, far, far)).toBe(false);
  });

  it('reads back as the link it was made from', () => {
    const qr = qrPicture(LINK);
    expect(decodeModules(modulesOf(qr.size, qr.path))).toBe(LINK);
    const local = pairLink('http://127.0.0.1:41234', 'ABCD-EFGH-JKMN');
    const small = qrPicture(local);
    expect(decodeModules(modulesOf(small.size, small.path))).toBe(local);
  });

  it('each code makes its own picture', () => {
    const qr = qrPicture(LINK);
    const link = pairLink('https://drommeklassen.skole.kommune.no', 'K7QM-2XD9-HNC5');
    const other = qrPicture(link);
    expect(other.path).not.toBe(qr.path);
    expect(decodeModules(modulesOf(other.size, other.path))).toBe(link);
  });
});
