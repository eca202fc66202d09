// The sync tests' CouchDB: express-pouchdb over PouchDB's in-memory adapter on 127.0.0.1, in this
// process (docs/sync.md §12.1). CouchDB itself is neither an npm nor a Debian package here.
// stop() closes the listener and keeps the data, restart() listens again on the same port: the
// "server restarted mid-sync" test. The shim below makes some answers CouchDB's (§12.1 lists them, and the rest).
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const expressPouchDB = require('express-pouchdb');
// The express that express-pouchdb brings (nested in its folder), not a dependency of our own.
const express = createRequire(require.resolve('express-pouchdb'))('express');
// One PouchDB class per process: a test's own PouchDB "devices" share it, so plugins go on once.
const PouchDB = require('pouchdb-core');
PouchDB.plugin(require('pouchdb-adapter-memory'));
if (!('query' in PouchDB.prototype)) PouchDB.plugin(require('pouchdb-mapreduce'));
// Not for replication on the server: pouchdb-security wraps db.replicate and fails without it.
if (!('replicate' in PouchDB.prototype)) PouchDB.plugin(require('pouchdb-replication'));

// What server/local.ini sets for CORS on CouchDB, for a test that serves the app on another origin.
const CORS_METHODS = 'GET, PUT, POST, HEAD, DELETE';
const CORS_HEADERS = 'accept, authorization, content-type, origin, referer';
// pouchdb-security's refusal (401 to everyone); CouchDB 3 says 403 to a user it knows.
const SECURITY_REFUSAL = 'You are not authorized to access this db.';

/**
 * CouchDB behaviour express-pouchdb lacks, in front of it:
 * - `require_valid_user = true` (server/local.ini): a request without credentials gets 401, except the
 *   health check `/_up` and a CORS preflight;
 * - an authenticated user refused by a database's `_security` gets 403 `forbidden`, as from CouchDB 3
 *   (pouchdb-security answers 401 to everyone); anonymous and a wrong password stay 401;
 * - `validate_doc_update` sees the database's `_security` on `_bulk_docs` too (how replication
 *   pushes): express-pouchdb reads it in a step that runs after its `_bulk_docs` route, so the
 *   function got `{}` there and refused every teacher device's push;
 * - only the server admin creates or deletes a database (express-pouchdb crashes on the refusal);
 * - `GET /` answers CouchDB's welcome (express-pouchdb's is `{"express-pouchdb":"Welcome!"}`).
 */
function couchShim(origins, DB, admin) {
  const adminHeader = `Basic ${Buffer.from(`${admin.user}:${admin.password}`).toString('base64')}`;
  const isAdmin = (req) => req.headers.authorization === adminHeader;
  return async (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && origins.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Vary', 'Origin');
      if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
        res.setHeader('Access-Control-Allow-Methods', CORS_METHODS);
        res.setHeader('Access-Control-Allow-Headers', CORS_HEADERS);
        res.setHeader('Access-Control-Max-Age', '3600');
        res.status(204).end();
        return;
      }
    }
    if (req.path === '/_up') {
      res.json({ status: 'ok' });
      return;
    }
    if (!req.headers.authorization && !/(^|;\s*)AuthSession=/.test(req.headers.cookie ?? '')) {
      res.status(401).json({ error: 'unauthorized', reason: 'Authentication required.' });
      return;
    }
    if (req.method === 'GET' && req.path === '/') {
      // CouchDB's welcome, so the app's "is this a CouchDB" check (docs/sync.md §11) has one answer.
      res.json({
        couchdb: 'Welcome',
        version: '3-compatible (express-pouchdb 4.2.0)',
        vendor: { name: 'test' },
      });
      return;
    }
    // Creating or deleting a database is for the server admin only, as in CouchDB; express-pouchdb
    // lets pouchdb-security refuse it and then crashes the process on the refusal.
    if ((req.method === 'PUT' || req.method === 'DELETE') && /^\/[^/]+\/?$/.test(req.path) && !isAdmin(req)) {
      res.status(401).json({ error: 'unauthorized', reason: 'You are not a server admin.' });
      return;
    }
    const send = res.send.bind(res);
    res.send = (body) => {
      const named = Boolean(req.couchSession?.userCtx?.name);
      if (res.statusCode === 401 && named && String(body).includes(SECURITY_REFUSAL)) {
        res.status(403);
        return send(
          Buffer.from(
            JSON.stringify({ error: 'forbidden', reason: 'You are not allowed to access this db.' }),
          ),
        );
      }
      return send(body);
    };
    const bulk = /^\/([^/_][^/]*)\/_bulk_docs$/.exec(req.path);
    if (req.method === 'POST' && bulk) {
      const name = decodeURIComponent(bulk[1]);
      try {
        if ((await DB.allDbs()).includes(name)) {
          // pouchdb-security keeps _security in a local document; makeOpts() passes it on.
          const stored = await new DB(name).get('_local/_security').catch(() => ({}));
          req.couchSecurityObj = stored.security ?? {};
        }
      } catch (err) {
        next(err);
        return;
      }
    }
    next();
  };
}

// The memory adapter's one store for the process, keyed by "$" + prefix + database name. It answers
// `_all_dbs` per server: pouchdb-all-dbs, which express-pouchdb would use, keeps one list for every
// PouchDB in the process (other servers' and the tests' own device databases included).
const memdown = createRequire(require.resolve('pouchdb-adapter-memory'))('memdown');
const memoryStore = (() => {
  const probe = memdown('dk-test-probe');
  delete probe._store[probe._location];
  return probe._store;
})();

function ownDatabases(prefix) {
  const key = `$${prefix}`;
  return Object.keys(memoryStore)
    .filter((k) => k.startsWith(key) && !k.includes('-mrview-'))
    .map((k) => k.slice(key.length))
    .sort();
}

function listen(handler, port) {
  return new Promise((resolve, reject) => {
    const server = createServer(handler);
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

function close(server) {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Long-polling _changes requests and keep-alive sockets would hold close() open: a stopped server
    // drops them, as a killed CouchDB does.
    server.closeAllConnections();
  });
}

/**
 * Starts an empty server. Its databases live in this process's memory under a prefix of their own, so
 * two servers never share one; admin credentials are new on every start.
 * @param {{ port?: number, corsOrigins?: string[] }} [options]
 */
export async function startTestServer({ port = 0, corsOrigins = [] } = {}) {
  const admin = {
    user: `admin-${randomBytes(4).toString('hex')}`,
    password: randomBytes(18).toString('base64url'),
  };
  const prefix = `dk-test-${randomBytes(6).toString('hex')}/`;
  const DB = PouchDB.defaults({ prefix });
  DB.allDbs = async () => ownDatabases(prefix);
  const pouchApp = expressPouchDB({
    mode: 'fullCouchDB',
    inMemoryConfig: true,
    // The request log goes nowhere; left out: the Fauxton UI, the replicator (no server-side
    // replication in our design) and disk sizes (there is no disk).
    logPath: '/dev/null',
    overrideMode: {
      exclude: [
        'routes/fauxton',
        'routes/http-log',
        'routes/log',
        'replicator',
        'routes/replicate',
        'disk-size',
      ],
    },
  });
  await new Promise((resolve, reject) =>
    pouchApp.couchConfig.set('admins', admin.user, admin.password, (err) => (err ? reject(err) : resolve())),
  );
  // pouchdb-validation sets a new document's `_revisions` to the stored one's before it runs
  // validate_doc_update. With `new_edits: false` (how replication pushes) that history is what the
  // write stores, so an update or deletion of an existing document became a write of the revision
  // the server already had: answered `[]`, and silently dropped. CouchDB stores what was sent. This
  // wrapper, installed over validation's, keeps each pushed document's own `_revisions`.
  pouchApp.dbWrapper.registerWrapper((_name, db, next) => {
    const bulkDocs = db.bulkDocs;
    db.bulkDocs = function (docs, opts, ...rest) {
      const list = Array.isArray(docs) ? docs : docs?.docs;
      const newEdits = Array.isArray(docs) ? opts?.new_edits : docs?.new_edits;
      if (newEdits === false && Array.isArray(list)) {
        for (const doc of list) {
          if (!doc || typeof doc !== 'object' || !doc._revisions) continue;
          const own = doc._revisions;
          Object.defineProperty(doc, '_revisions', {
            get: () => own,
            set: () => {},
            enumerable: true,
            configurable: true,
          });
        }
      }
      return bulkDocs.call(this, docs, opts, ...rest);
    };
    next();
  });
  await pouchApp.setPouchDB(DB);
  const app = express();
  app.disable('x-powered-by');
  app.use(couchShim(corsOrigins, DB, admin));
  app.use(pouchApp);

  let server = await listen(app, port);
  const boundPort = server.address().port;
  let running = true;
  const url = `http://127.0.0.1:${boundPort}`;

  return {
    url,
    port: boundPort,
    admin,
    /** Closes the listener (open requests are cut); the databases stay. */
    async stop() {
      if (!running) return;
      running = false;
      await close(server);
    },
    /** Listens again on the same port with the same databases and users. */
    async restart() {
      if (running) return;
      server = await listen(app, boundPort);
      running = true;
    },
    /** Stops for good and drops every database from memory. */
    async close() {
      if (running) {
        running = false;
        await close(server);
      }
      // Stopping the daemons first keeps the auth one from making _users again.
      await pouchApp.daemonManager.stop(DB);
      // Emptied, not deleted: a PouchDB of this server may still have an operation queued (a cut
      // long-poll, a replication's last read), and memdown reads its tree without a check, so a deleted
      // one threw in a later tick and took the whole test worker down with the next file's tests.
      for (const key of Object.keys(memoryStore)) {
        if (!key.startsWith(`$${prefix}`)) continue;
        const tree = memoryStore[key];
        memoryStore[key] = new tree.constructor(tree._compare, null);
      }
    },
  };
}
