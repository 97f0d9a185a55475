// Starts the DynamoDB (dynalite) and S3 (s3rver) emulators on loopback, prints their ports as one JSON line
// ({"dynamodb":port,"s3":port}, or only the one started) and stops when standard input closes: whoever started it
// holds that pipe, so the emulators never outlive it. A line "crash" on standard input crashes them (see crashable).
//   node start.js                                    both, on free ports, in memory and a scratch folder (the tests)
//   node start.js dynamodb|s3 [--port N] [--path DIR] one of them, on port N (0: a free one), its data kept in DIR
//                                                    across restarts (the fault suite stops and restarts each)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const dynalite = require('dynalite');
const S3rver = require('s3rver');

function parse(argv) {
  const [which = 'both', ...rest] = argv;
  if (!['both', 'dynamodb', 's3'].includes(which)) {
    throw new Error(`Unknown emulator '${which}': use dynamodb, s3 or nothing for both.`);
  }
  const options = { which, port: 0, path: null };
  for (let i = 0; i < rest.length; i += 2) {
    const [name, value] = [rest[i], rest[i + 1]];
    if (name === '--port' && /^\d+$/.test(value || '')) options.port = Number(value);
    else if (name === '--path' && value) options.path = path.resolve(value);
    else throw new Error(`Unknown or incomplete option '${name}': use --port N and --path DIR.`);
  }
  if (which === 'both' && (options.port || options.path)) {
    throw new Error('--port and --path name one emulator: give dynamodb or s3 first.');
  }
  return options;
}

// A crash that never leaves a write half done. The real stores apply a write whole or not at all, but the emulators
// take several steps for one: dynalite deletes an item's old index entries, puts the new ones, then puts the item, each
// a LevelDB write of its own, so a SIGKILL between them can leave an item its index no longer finds (a queued job no
// claim ever sees again). Here the port closes and requests that arrive from then on are dropped unanswered, the
// requests already being handled finish their writes, and then every connection is reset: to a client it looks like
// a crash, and what the store holds is what a real one could hold after it.
function crashable(server) {
  const [handler] = server.listeners('request');
  const sockets = new Set();
  let running = 0;
  let crashed = null;
  server.removeAllListeners('request');
  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('request', (req, res) => {
    if (crashed) {
      req.socket.destroy();
      return;
    }
    running++;
    let done = false;
    const finished = () => {
      if (done) return;
      done = true;
      if (--running === 0 && crashed) crashed();
    };
    // Answered (the handler's writes are done), or its client hung up first.
    const end = res.end;
    res.end = function (...args) {
      finished();
      return end.apply(this, args);
    };
    res.on('close', finished);
    handler(req, res);
  });
  return () => new Promise(resolve => {
    crashed = resolve;
    server.close();
    if (running === 0) resolve();
  }).then(() => sockets.forEach(socket => socket.destroy()));
}

async function startDynamo(port, directory) {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, ...(directory ? { path: directory } : {}) });
  const crash = crashable(server);
  await new Promise((resolve, reject) => server.listen(port, '127.0.0.1', err => (err ? reject(err) : resolve())));
  return { port: server.address().port, close: () => new Promise(resolve => server.close(() => resolve())), crash };
}

async function startS3(port, directory) {
  const s3 = new S3rver({ address: '127.0.0.1', port, silent: true, directory, allowMismatchedSignatures: false });
  const address = await s3.run();
  return { port: address.port, close: () => s3.close().catch(() => {}), crash: crashable(s3.httpServer) };
}

async function main() {
  const options = parse(process.argv.slice(2));
  if (options.path) fs.mkdirSync(options.path, { recursive: true });
  const scratch = options.which === 'both' ? fs.mkdtempSync(path.join(os.tmpdir(), 'dot-s3rver-')) : null;
  const running = {};
  if (options.which !== 's3') running.dynamodb = await startDynamo(options.port, options.path);
  if (options.which !== 'dynamodb') running.s3 = await startS3(options.port, options.path || scratch);
  process.stdout.write(JSON.stringify(Object.fromEntries(Object.entries(running).map(([name, e]) => [name, e.port]))) + '\n');

  const stop = () => {
    Promise.all(Object.values(running).map(e => e.close())).finally(() => {
      if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
      process.exit(0);
    });
  };
  const crash = () => Promise.all(Object.values(running).map(e => e.crash())).finally(() => process.exit(1));
  const commands = readline.createInterface({ input: process.stdin });
  commands.on('line', line => {
    if (line.trim() === 'crash') crash();
  });
  commands.on('close', stop);
  process.on('SIGTERM', stop);
}

main().catch(error => {
  process.stderr.write(String(error && error.stack || error) + '\n');
  process.exit(1);
});
