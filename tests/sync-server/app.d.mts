import type { ChildProcess } from 'node:child_process';

export interface Preview {
  url: string;
  port: number;
  stop(): Promise<void>;
  process: ChildProcess;
}
export function buildAppFor(serverUrl: string, outDir: string): Promise<void>;
export function previewApp(outDir: string, port: number): Promise<Preview>;
