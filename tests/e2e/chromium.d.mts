export const CHROMIUM_PATH: string;
export const CHROMIUM_ARGS: string[];
export const E2E_PORT: number;
/** A port nobody listens on now (synchronous). */
export function freePort(): number;
