// Starts the DynamoDB (dynalite) and S3 (s3rver) emulators on free loopback ports, in memory and in a scratch
// folder, prints {"dynamodb":port,"s3":port} on one line, and stops when standard input closes: the test fixture
// that started it holds that pipe, so the emulators never outlive the test run.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const dynalite = require('dynalite');
const S3rver = require('s3rver');

async function main() {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'dot-s3rver-'));
  const dynamo = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise((resolve, reject) => dynamo.listen(0, '127.0.0.1', err => (err ? reject(err) : resolve())));
  const s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, allowMismatchedSignatures: false });
  const s3Address = await s3.run();
  process.stdout.write(JSON.stringify({ dynamodb: dynamo.address().port, s3: s3Address.port }) + '\n');

  const stop = () => {
    dynamo.close();
    s3.close().catch(() => {}).finally(() => {
      fs.rmSync(directory, { recursive: true, force: true });
      process.exit(0);
    });
  };
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
  process.on('SIGTERM', stop);
}

main().catch(error => {
  process.stderr.write(String(error && error.stack || error) + '\n');
  process.exit(1);
});
