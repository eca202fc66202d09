// New passwords from IT for slots of a connected class (docs/sync.md §7, `setup.sh renew-slots`): the
// file's server and class must be this link's, every password in it must open the server, and every
// slot it names must be the class's; then the class's shared slot list takes the new passwords and the
// slots leave `retired`, so the next code can hand them out. Otherwise nothing changes. Loaded with
// import() from the settings screen's sharing section.
import type { ConnectionFile, Slot } from '../domain/sync/connection';
import { mergeRenewed } from '../domain/sync/renew';
import { PAIRING_DB } from '../sync/pairing-crypto';
import { type ServerProblem, SyncServerError, serverProblem } from './sync-connect';
import { changeSlots, type DeviceLink, NoChange, refreshSlots } from './sync-devices';
import { syncLinks } from './sync-links';

export type RenewProblem =
  /** The file is for another class or another server. */
  | 'other-class'
  /** The file names a slot this class does not have. */
  | 'unknown-slots'
  /** A password in the file does not open the server (an older file, or IT ran it again since). */
  | 'stale'
  /** This device does not know the class's slots (not a teacher device of it, or no list yet). */
  | 'no-slots'
  | ServerProblem
  | 'failed';

export type RenewResult = { ok: true; renewed: number } | { ok: false; problem: RenewProblem };

/** Thrown inside the change of the slot list: nothing is written. */
class UnknownSlots extends Error {}

/**
 * Whether a slot's login opens the server: asked at the pairing database, which the school's proxy
 * passes on (docs/server.md). 401 is a wrong password; 403 a right one the database does not admit (a
 * tablet's); anything else but an answer is a problem.
 */
async function opens(server: string, slot: Slot): Promise<boolean> {
  let res: Response;
  try {
    res = await fetch(`${server}/${PAIRING_DB}`, {
      headers: {
        Authorization: `Basic ${btoa(`${slot.user}:${slot.password}`)}`,
        Accept: 'application/json',
      },
    });
  } catch {
    throw serverProblem({ status: 0 });
  }
  if (res.status === 401) return false;
  if (!res.ok && res.status !== 403) throw serverProblem({ status: res.status });
  return true;
}

/** Gives the class connected as `classId` on this device the new passwords of a renewal file. */
export async function renewSlots(classId: string, file: ConnectionFile): Promise<RenewResult> {
  const link = (await syncLinks()).find((l) => l.classId === classId) as DeviceLink | undefined;
  if (link?.role !== 'teacher' || link.keys.kind !== 'class') return { ok: false, problem: 'no-slots' };
  if (file.server !== link.server || file.syncId !== link.syncId)
    return { ok: false, problem: 'other-class' };
  try {
    // The class's slots as the shared list has them now: a slot the file names must be one of them.
    const known = await refreshSlots(link);
    const state = { slots: known.slots ?? [], retired: known.retired ?? [], pending: known.pending ?? [] };
    if (!state.slots.length) return { ok: false, problem: 'no-slots' };
    if (!mergeRenewed(state, file.slots).ok) return { ok: false, problem: 'unknown-slots' };
    for (const slot of file.slots)
      if (!(await opens(link.server, slot))) return { ok: false, problem: 'stale' };
    await changeSlots(known, (latest) => {
      const merged = mergeRenewed(latest, file.slots);
      if (!merged.ok) throw new UnknownSlots(merged.unknown.join(', '));
      return merged.next;
    });
    return { ok: true, renewed: file.slots.length };
  } catch (e) {
    if (e instanceof UnknownSlots) return { ok: false, problem: 'unknown-slots' };
    if (e instanceof NoChange) return { ok: false, problem: 'no-slots' };
    if (e instanceof SyncServerError) return { ok: false, problem: e.problem };
    // A refusal from sync-devices' requests carries the HTTP status.
    if (typeof (e as { status?: unknown })?.status === 'number')
      return { ok: false, problem: serverProblem(e).problem };
    console.error(e);
    return { ok: false, problem: 'failed' };
  }
}
