// The JavaScript the extension's board page loads: its module script and every static import,
// followed through the built files (deterministic; no browser needed).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export function boardPageScripts(dir = 'dist-extension') {
  const html = readFileSync(`${dir}/board.html`, 'utf8');
  const start = [
    ...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g),
    ...html.matchAll(/modulepreload[^>]+href="\/?([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const seen = new Set();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(`${dir}/${file}`, 'utf8');
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    // Static imports only (`import{…}from"./x.js"`, `import"./x.js"`); import() loads on demand.
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g))
      queue.push(`${folder}${m[1]}`);
  }
  return [...seen].sort().map((file) => ({
    file,
    gzip: gzipSync(readFileSync(`${dir}/${file}`), { level: 9 }).length,
  }));
}
