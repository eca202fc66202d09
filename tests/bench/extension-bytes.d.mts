export function boardPageScripts(dir?: string): { file: string; gzip: number }[];
