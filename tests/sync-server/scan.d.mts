export type ServerDoc = { _id: string } & Record<string, unknown>;
export interface ServerScan {
  databases: {
    name: string;
    docs: ServerDoc[];
    changes: { id: string; seq: unknown; changes: { rev: string }[]; deleted?: boolean; doc?: ServerDoc }[];
    leaves: ServerDoc[];
  }[];
  users: ServerDoc[];
}
export interface Finding {
  db: string;
  id: string;
  source: string;
  problem: string;
}
export const ALLOWED_FIELDS: string[];
export function scanServer(url: string, admin: { user: string; password: string }): Promise<ServerScan>;
export function findPlaintext(scan: ServerScan, needles: string[]): Finding[];
