// What the teacher reads when a picked connection file (or IT's file of new passwords) is refused.
import {
  type ConnectionFile,
  type ConnectionRefusal,
  readConnectionFile,
} from '../../domain/sync/connection';
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

/**
 * A picked file read as a connection file for this build's servers: the file, or what the teacher
 * reads when it cannot be read or is refused (nothing has changed then).
 */
export async function readPickedConnection(
  picked: File,
  s: Messages['sync'],
): Promise<{ ok: true; file: ConnectionFile } | { ok: false; text: string }> {
  let text: string;
  try {
    text = await picked.text();
  } catch {
    return { ok: false, text: s.fileUnreadable };
  }
  const read = readConnectionFile(text, __DK_SYNC_ORIGINS__);
  return read.ok ? { ok: true, file: read.file } : { ok: false, text: refusalText(read.refusal, s) };
}
