// Every body the test server still hands out for one class, decrypted with the class keys a teacher
// device holds: the erasure check of the sync journeys (tests/e2e/sync-journey.spec.ts and the
// Firefox one in tests/firefox/run.mjs, which loads this file through Vite's module runner).
import { type DbKeys, dbKeysFromClass } from '../../src/sync/crypto';
import { openPlain } from '../../src/sync/hello';
import { type ClassLink, classKeysOf } from '../../src/sync/session';

/**
 * Every body the server still hands out for the class's databases (all leaves, and every ancestor
 * revision of a leaf that can still be fetched by `?rev=`), decrypted with the class keys in `link`;
 * deletions' tombstones left out (they hold a record's id and nothing else). Database name → bodies
 * as JSON text.
 */
export async function serverBodies(
  server: { url: string; admin: { user: string; password: string } },
  link: ClassLink,
): Promise<Map<string, string[]>> {
  const auth = `Basic ${Buffer.from(`${server.admin.user}:${server.admin.password}`).toString('base64')}`;
  const get = async (path: string) => {
    const res = await fetch(server.url + path, {
      headers: { authorization: auth, accept: 'application/json' },
    });
    return res.status === 200 ? ((await res.json()) as Record<string, unknown>) : null;
  };
  const names = ((await get('/_all_dbs')) as unknown as string[]).filter(
    (n) => n.startsWith(`dk-${link.syncId}-`) && !n.endsWith('-devices'),
  );
  const out = new Map<string, string[]>();
  for (const name of names) {
    const keys: DbKeys = await dbKeysFromClass(classKeysOf(link), name, link.epoch);
    const bodies: string[] = [];
    const open = async (doc: unknown) => {
      if (!doc || typeof doc !== 'object' || !('c' in doc)) return;
      const { _revisions: _r, ...plain } = doc as Record<string, unknown>;
      // Records, and the documents that are none (a tablet's hello in its inbox): every body is read.
      const payload = await openPlain(keys, plain);
      if (!('tomb' in payload)) bodies.push(JSON.stringify(payload));
    };
    const db = `/${encodeURIComponent(name)}`;
    const changes = (await get(`${db}/_changes?style=all_docs`)) as { results: { id: string }[] };
    for (const { id } of changes.results) {
      if (id.startsWith('_design/')) continue;
      const leaves = ((await get(`${db}/${encodeURIComponent(id)}?revs=true&open_revs=all`)) ??
        []) as unknown as {
        ok?: { _revisions?: { start: number; ids: string[] } };
      }[];
      for (const leaf of leaves) {
        if (!leaf.ok) continue;
        await open(leaf.ok);
        const revs = leaf.ok._revisions;
        for (const [i, hash] of (revs?.ids ?? []).entries()) {
          if (i > 0) await open(await get(`${db}/${encodeURIComponent(id)}?rev=${revs!.start - i}-${hash}`));
        }
      }
    }
    out.set(name, bodies);
  }
  return out;
}
