export interface TestServer {
  url: string;
  port: number;
  admin: { user: string; password: string };
  stop(): Promise<void>;
  restart(): Promise<void>;
  close(): Promise<void>;
}
export function startTestServer(options?: { port?: number; corsOrigins?: string[] }): Promise<TestServer>;
