// What the server holds, read as its admin, and the check that none of it is plaintext
// (issue 15: "the test scans every document and the change feed on the server"; docs/sync.md §3.3).

/** The fields a synced document may have (docs/sync.md §3.3; `_revisions` when fetched with revs). */
export const ALLOWED_FIELDS = ['_id', '_rev', '_deleted', '_revisions', 'v', 'k', 'iv', 'c'];
const DOC_ID = /^[0-9a-f]{32}$/;
const B64URL = /^[A-Za-z0-9_-]*$/;
// Inside decoded ciphertext a short needle turns up by chance (3 bytes: about once in 60,000 documents
// of 256 bytes), so decoded bytes are searched only for needles this long.
const MIN_DECODED_NEEDLE = 6;
// src/domain/sync/format.ts (PAD_BUCKET) and AES-GCM's sizes.
const PAD_BUCKET = 256;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Every database's `_all_docs?include_docs=true` and `_changes?include_docs=true&style=all_docs`, the
 * losing leaves of documents in conflict (`open_revs=all`), and the `_users` documents.
 * @param {string} url
 * @param {{ user: string, password: string }} admin
 */
export async function scanServer(url, admin) {
  const authorization = `Basic ${Buffer.from(`${admin.user}:${admin.password}`).toString('base64')}`;
  const get = async (path) => {
    const res = await fetch(url + path, { headers: { authorization, accept: 'application/json' } });
    if (!res.ok) throw new Error(`scan: GET ${path} -> HTTP ${res.status}: ${await res.text()}`);
    return res.json();
  };
  const databases = [];
  for (const name of await get('/_all_dbs')) {
    const db = encodeURIComponent(name);
    const allDocs = await get(`/${db}/_all_docs?include_docs=true`);
    const changes = await get(`/${db}/_changes?include_docs=true&style=all_docs`);
    const leaves = [];
    for (const change of changes.results) {
      if (change.changes.length < 2 || change.id.startsWith('_design/')) continue;
      for (const leaf of await get(`/${db}/${encodeURIComponent(change.id)}?open_revs=all`)) {
        if (leaf.ok) leaves.push(leaf.ok);
      }
    }
    databases.push({
      name,
      docs: allDocs.rows.map((row) => row.doc).filter(Boolean),
      changes: changes.results,
      leaves,
    });
  }
  const users = (await get('/_users/_all_docs?include_docs=true')).rows.map((row) => row.doc).filter(Boolean);
  return { databases, users };
}

const isSystemDb = (name) => name.startsWith('_');

function fromBase64Url(text) {
  return Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

function problemsOf(doc, needles, checkShape) {
  const problems = [];
  const cipherFields = {};
  const rest = { ...doc };
  for (const field of ['iv', 'c']) {
    if (typeof doc[field] === 'string' && B64URL.test(doc[field])) {
      cipherFields[field] = doc[field];
      delete rest[field];
    }
  }
  // A needle may turn up by chance inside random base64url, so the ciphertext fields are searched
  // after decoding (long needles only) and everything else as JSON text.
  const text = JSON.stringify(rest);
  for (const needle of needles) {
    if (text.includes(needle)) problems.push(`contains ${JSON.stringify(needle)}`);
    else if (Buffer.byteLength(needle) >= MIN_DECODED_NEEDLE) {
      for (const [field, value] of Object.entries(cipherFields)) {
        if (fromBase64Url(value).includes(needle))
          problems.push(`${field} decodes to ${JSON.stringify(needle)}`);
      }
    }
  }
  if (checkShape && !String(doc._id).startsWith('_design/')) {
    for (const field of Object.keys(doc)) {
      if (!ALLOWED_FIELDS.includes(field)) problems.push(`field ${JSON.stringify(field)}`);
    }
    if (!DOC_ID.test(doc._id)) problems.push('id is not 32 hex digits');
    for (const field of ['iv', 'c']) {
      if (field in doc && !(field in cipherFields)) problems.push(`${field} is not base64url`);
    }
    // AES-GCM: a 12-byte IV; the plaintext padded to a multiple of 256 bytes plus a 16-byte tag. A
    // short word (a name is valid base64url too) cannot pass for a ciphertext.
    if ('iv' in cipherFields && fromBase64Url(cipherFields.iv).length !== IV_BYTES)
      problems.push('iv is not 12 bytes');
    if ('c' in cipherFields) {
      const bytes = fromBase64Url(cipherFields.c).length - TAG_BYTES;
      if (bytes < PAD_BUCKET || bytes % PAD_BUCKET !== 0) problems.push('c is not a padded ciphertext');
    }
    for (const field of ['v', 'k']) {
      if (field in doc && !Number.isInteger(doc[field])) problems.push(`${field} is not an integer`);
    }
  }
  return problems;
}

/**
 * Everything in a scan that could be plaintext: any needle (a pupil's name, a text, the class name,
 * matched case-sensitively) in a database name, a document, a change or a user; and in the class
 * databases (every database but CouchDB's own `_…` ones) any non-design document with a field other
 * than ALLOWED_FIELDS, an id that is not 32 hex digits, `v`/`k` that are not integers, or `iv`/`c`
 * that are not base64url of a 12-byte IV and a padded AES-GCM ciphertext.
 * @param {Awaited<ReturnType<typeof scanServer>>} scan
 * @param {string[]} needles
 * @returns {{ db: string, id: string, source: string, problem: string }[]}
 */
export function findPlaintext(scan, needles) {
  const findings = [];
  const visit = (db, source, doc, checkShape) => {
    for (const problem of problemsOf(doc, needles, checkShape))
      findings.push({ db, id: doc._id, source, problem });
  };
  for (const { name, docs, changes, leaves } of scan.databases) {
    for (const needle of needles) {
      if (name.includes(needle))
        findings.push({ db: name, id: '', source: 'name', problem: `contains ${JSON.stringify(needle)}` });
    }
    const shape = !isSystemDb(name);
    for (const doc of docs) visit(name, 'all_docs', doc, shape);
    for (const change of changes) {
      const { doc, ...meta } = change;
      visit(name, 'changes', { ...meta, _id: change.id }, false);
      if (doc) visit(name, 'changes', doc, shape);
    }
    for (const doc of leaves) visit(name, 'leaves', doc, shape);
  }
  for (const doc of scan.users) visit('_users', 'users', doc, false);
  return findings;
}
