// Devices joining a class by code, and a pupil's words on a tablet, for the unit tests over HTTP
// (sync-slots, sync-revoke, sync-renew, sync-inbox-look, sync-tablet). Its own module: it loads the
// pairing code, whose browser PouchDB every file importing it mocks (`vi.mock('…/src/sync/pouch')`).
import { expect } from 'vitest';
import type { DreamClassDB } from '../../../src/data/db';
import { listPupils } from '../../../src/data/pupils';
import { addPupilRecognition } from '../../../src/data/recognitions';
import { listStrengths } from '../../../src/data/strengths';
import { syncLinks } from '../../../src/data/sync-connect';
import type { Naming } from '../../../src/data/sync-devices';
import { joinByCode, offerTabletPairing } from '../../../src/data/sync-pair';
import type { ClassLink } from '../../../src/sync/session';
import { on, setup } from './sync-devices';

/** How the tests' devices name themselves: «Elevbrett 1», «Klasseskjerm 1», «Lærermaskin 2». */
export const naming: Naming = {
  labelFor: (role, n) =>
    `${role === 'tablet' ? 'Elevbrett' : role === 'screen' ? 'Klasseskjerm' : 'Lærermaskin'} ${n}`,
  platform: 'Vivaldi, Plan9',
};

/** What `useSyncServer` gives: a new device, and the server's address. */
interface Devices {
  device(label: string): Promise<DreamClassDB>;
  readonly server: { url: string };
}

/** A new device that joins with `code`, which must work. */
export async function join(sync: Devices, code: string, label: string, as: Naming = naming) {
  const D = await sync.device(label);
  expect(await on(D, () => joinByCode(code, sync.server.url, setup, as))).toMatchObject({ ok: true });
  return D;
}

/** A tablet paired from the teacher device `by`: the device, its link and the offer it joined with. */
export async function tabletOf(sync: Devices, by: DreamClassDB, classId: string, as: Naming = naming) {
  const offered = await on(by, () => offerTabletPairing(classId, setup, as));
  if (!offered.ok) throw new Error(offered.problem);
  const T = await join(sync, offered.offer.code, 'tablet', as);
  const link: ClassLink = (await on(T, syncLinks))[0]!;
  return { T, link, offer: offered.offer };
}

/** A pupil (the second on the list) writes `text` about the first on the device `T`; not sent yet. */
export async function pupilWords(T: DreamClassDB, classId: string, text: string): Promise<string> {
  const [about, by] = await on(T, () => listPupils(classId));
  const strengthId = (await on(T, listStrengths))[0]!.id;
  const saved = await on(T, () =>
    addPupilRecognition({
      classId,
      pupilId: about!.id,
      byPupilId: by!.id,
      strengthId,
      text,
      textOptional: false,
    }),
  );
  if (!saved.ok) throw new Error(saved.problem);
  return saved.id;
}
