// A sync link as a paired device stores it (docs/sync.md §6), for the component tests of the pages a
// pupil tablet or a classroom screen shows instead of the teacher screens.
import type { ClassLink } from '../../../src/sync/session';

export function pairedLink(classId: string, role: ClassLink['role']): ClassLink {
  return {
    v: 1,
    classId,
    server: 'https://dk-sync.kommune.no',
    syncId: '0123456789abcdef',
    role,
    user: `dk-0123456789abcdef-${role === 'screen' ? 's1' : 'p1'}`,
    password: 'a-long-random-password-1',
    keys: { kind: 'dbs', dbs: {} },
    epoch: 0,
  };
}
