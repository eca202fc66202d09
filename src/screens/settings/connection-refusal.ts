// What the teacher reads when a picked connection file (or IT's file of new passwords) is refused.
import type { ConnectionRefusal } from '../../domain/sync/connection';
import type { Messages } from '../../i18n/messages';

export function refusalText(r: ConnectionRefusal, s: Messages['sync']): string {
  switch (r.code) {
    case 'not-connection-file':
      return s.notConnectionFile;
    case 'newer-format':
      return s.newerFormat;
    case 'damaged':
      return s.damaged;
    case 'server-not-allowed':
      return r.allowed.length ? s.serverNotAllowed(r.allowed.join(', ')) : s.noServers;
  }
}
