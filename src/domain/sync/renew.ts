// New passwords from IT for slots of a connected class (`setup.sh renew-slots`, docs/sync.md §7),
// merged into the class's shared slot list. Pure: every slot the file names must be one of the class's,
// or nothing changes.
import type { Slot } from './connection';
import type { ClassSlots } from './devices';

export type RenewMerge = { ok: true; next: ClassSlots } | { ok: false; unknown: string[] };

/**
 * Each slot in `renewed` gets its new password and leaves `retired`; codes out and the other slots stay
 * as they are. A slot the class does not have (or has with another role) refuses the whole file.
 */
export function mergeRenewed(state: ClassSlots, renewed: readonly Slot[]): RenewMerge {
  const unknown = renewed
    .filter((r) => !state.slots.some((s) => s.user === r.user && s.role === r.role))
    .map((r) => r.user);
  if (unknown.length) return { ok: false, unknown };
  const fresh = new Map(renewed.map((r) => [r.user, r.password]));
  return {
    ok: true,
    next: {
      ...state,
      slots: state.slots.map((s) => (fresh.has(s.user) ? { ...s, password: fresh.get(s.user)! } : s)),
      retired: state.retired.filter((u) => !fresh.has(u)),
    },
  };
}
