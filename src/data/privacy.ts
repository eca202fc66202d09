// Privacy controls: everything stored about one pupil as a readable file (for a subject access
// request), the end-of-year archive of a class (a class backup, then removal), and erase everything.
import Dexie from 'dexie';
import type { Lang } from '../domain/types';
import { readBackupData } from './backup-export';
import { DB_NAME, db, useDatabase } from './db';

export const PUPIL_EXPORT_FORMAT = 'drommeklassen-pupil-export';

export async function exportPupil(
  pupilId: string,
  lang: Lang,
  note: string,
): Promise<{ name: string; text: string } | null> {
  const pupil = await db().pupils.get(pupilId);
  if (!pupil) return null;
  const data = await readBackupData({ kind: 'class', classId: pupil.classId });
  const strengthName = new Map(data.strengths.map((s) => [s.id, s.name[lang] || s.name.nb]));
  const pupilName = new Map(data.pupils.map((p) => [p.id, p.name]));
  const withStrength = <T extends { strengthId: string }>(r: T) => ({
    ...r,
    strengthName: strengthName.get(r.strengthId),
  });
  const cls = data.classes[0];
  const out = {
    format: PUPIL_EXPORT_FORMAT,
    formatVersion: 1,
    appVersion: __APP_VERSION__,
    createdAt: new Date().toISOString(),
    note,
    pupil,
    class: cls ? { id: cls.id, name: cls.name, yearGroup: cls.yearGroup } : null,
    recognitionsAbout: data.recognitions.filter((r) => r.pupilId === pupilId).map(withStrength),
    recognitionsNoticedByThePupil: data.recognitions
      .filter((r) => r.noticedBy.kind === 'pupil' && r.noticedBy.pupilId === pupilId)
      .map((r) => ({ ...withStrength(r), aboutPupil: r.pupilId ? pupilName.get(r.pupilId) : undefined })),
    secretFriendRounds: data.friendRounds
      .filter(
        (f) => pupilId in f.draws || Object.values(f.draws).includes(pupilId) || f.absent.includes(pupilId),
      )
      .map((f) => ({
        id: f.id,
        start: f.start,
        end: f.end,
        status: f.status,
        watchedOver: f.draws[pupilId] ? pupilName.get(f.draws[pupilId]!) : undefined,
        absent: f.absent.includes(pupilId),
      })),
  };
  return { name: pupil.name, text: JSON.stringify(out, null, 2) };
}

/** Erases the whole database on this computer; the next start makes a fresh, empty one. */
export async function eraseEverything(): Promise<void> {
  db().close();
  useDatabase(null);
  await Dexie.delete(DB_NAME);
}
