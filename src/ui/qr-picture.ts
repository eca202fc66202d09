// A QR code as one SVG path, drawn here from the matrix that `uqr` (MIT, no dependencies) builds:
// nothing is fetched, and the picture is sharp at any size. Loaded with import() only when a pairing
// code is shown (src/screens/settings/PairOffer.tsx), never on a first visit.
import { encode } from 'uqr';

export interface QrPicture {
  /** Modules across, the quiet zone included (the SVG's viewBox is size × size). */
  size: number;
  version: number;
  /** The dark modules: one `M x y h n v1 h-n z` per run of dark modules in a row. */
  path: string;
}

/** The four-module quiet zone the standard asks for: a camera finds the code against a busy screen. */
export const QUIET_ZONE = 4;

/** Level M (15 % may be lost): a link of ~60 characters stays at version 4, 33 modules across. */
export function qrPicture(text: string): QrPicture {
  const qr = encode(text, { ecc: 'M', border: QUIET_ZONE });
  let path = '';
  qr.data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (row[x]) x++;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return { size: qr.size, version: qr.version, path };
}
