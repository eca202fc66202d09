import type { TestServer } from './server.mjs';

export interface ConnectionFile {
  format: string;
  formatVersion: number;
  server: string;
  syncId: string;
  slots: { user: string; role: 'teacher' | 'screen' | 'tablet'; password: string }[];
  /** Set in the file of `renew-slots`: new passwords for slots of a class already connected. */
  renewed?: true;
}
export function runSetupScript(
  server: TestServer,
  args: string[],
): Promise<{ stdout: string; files: Record<string, unknown>; modes: Record<string, number> }>;
export function initServer(server: TestServer): Promise<void>;
export function addClass(
  server: TestServer,
  options?: { tablets?: number; screens?: number; teachers?: number },
): Promise<ConnectionFile>;
export function renewSlots(
  server: TestServer,
  syncId: string,
): Promise<{ stdout: string; name?: string; file?: ConnectionFile; mode?: number }>;
