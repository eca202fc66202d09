import type { TestServer } from './server.mjs';

export interface ConnectionFile {
  format: string;
  formatVersion: number;
  server: string;
  syncId: string;
  slots: { user: string; role: 'teacher' | 'screen' | 'tablet'; password: string }[];
}
export function runSetupScript(
  server: TestServer,
  args: string[],
): Promise<{ stdout: string; files: Record<string, unknown> }>;
export function initServer(server: TestServer): Promise<void>;
export function addClass(
  server: TestServer,
  options?: { tablets?: number; screens?: number; teachers?: number },
): Promise<ConnectionFile>;
