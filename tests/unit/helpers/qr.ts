// Reads a QR code back as a phone would: the drawn modules, as pixels, through jsQR (an independent
// decoder, a dev dependency only), so a test checks what the picture says, not what we meant it to say.
import jsQR from 'jsqr';

/** The dark modules of an SVG path made by src/ui/qr-picture.ts (`M x y h n v1 h-n z` runs). */
export function modulesOf(size: number, path: string): boolean[][] {
  const rows = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, n] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let i = 0; i < n; i++) rows[y]![x + i] = true;
  }
  return rows;
}

/** Decodes a module grid (quiet zone included), drawn at `scale` pixels a module; null when unreadable. */
export function decodeModules(grid: boolean[][], scale = 4): string | null {
  const side = grid.length * scale;
  const pixels = new Uint8ClampedArray(side * side * 4);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const v = grid[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
      pixels.set([v, v, v, 255], (y * side + x) * 4);
    }
  return jsQR(pixels, side, side)?.data ?? null;
}
