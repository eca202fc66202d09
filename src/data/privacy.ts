// Privacy controls: everything stored about one pupil as a readable file (for a subject access
// request), the end-of-year archive of a class (a class backup, then removal), and erase everything.
import Dexie from 'dexie';
import type { Lang, Pupil, Recognition } from '../domain/types';
import { localized } from '../domain/wording';
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
  const strengthName = new Map(data.strengths.map((s) => [s.id, localized(s.name, lang)]));
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

export interface PupilRecord {
  pupil: Pupil;
  className: string;
  /** Recognitions about the pupil (every status), oldest first. */
  about: (Recognition & { strengthName: string })[];
  /** Recognitions the pupil wrote about others, oldest first. */
  noticed: (Recognition & { strengthName: string; aboutName?: string })[];
  rounds: { start: string; end: string; watchedOver?: string; absent: boolean }[];
  /** Names of the class's pupils, to say who noticed. */
  names: Map<string, string>;
}

/** Everything stored about one pupil, for the readable page a parent can be given (same content as the file). */
export async function readPupilRecord(pupilId: string, lang: Lang): Promise<PupilRecord | null> {
  const pupil = await db().pupils.get(pupilId);
  if (!pupil) return null;
  const data = await readBackupData({ kind: 'class', classId: pupil.classId });
  const strengthName = new Map(data.strengths.map((s) => [s.id, localized(s.name, lang)]));
  const names = new Map(data.pupils.map((p) => [p.id, p.name]));
  const byTime = (a: Recognition, b: Recognition) => a.createdAt - b.createdAt;
  return {
    pupil,
    className: data.classes[0]?.name ?? '',
    about: data.recognitions
      .filter((r) => r.pupilId === pupilId)
      .sort(byTime)
      .map((r) => ({ ...r, strengthName: strengthName.get(r.strengthId) ?? '' })),
    noticed: data.recognitions
      .filter((r) => r.noticedBy.kind === 'pupil' && r.noticedBy.pupilId === pupilId)
      .sort(byTime)
      .map((r) => ({
        ...r,
        strengthName: strengthName.get(r.strengthId) ?? '',
        aboutName: r.pupilId ? names.get(r.pupilId) : undefined,
      })),
    rounds: data.friendRounds
      .filter(
        (f) => pupilId in f.draws || Object.values(f.draws).includes(pupilId) || f.absent.includes(pupilId),
      )
      .map((f) => ({
        start: f.start,
        end: f.end,
        watchedOver: f.draws[pupilId] ? names.get(f.draws[pupilId]!) : undefined,
        absent: f.absent.includes(pupilId),
      })),
    names,
  };
}

/** Erases the whole database on this computer; the next start makes a fresh, empty one. */
export async function eraseEverything(): Promise<void> {
  db().close();
  useDatabase(null);
  await Dexie.delete(DB_NAME);
}
