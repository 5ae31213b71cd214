/**
 * Browser mode: `node out/main/web.js [--data-dir DIR] [--port N] [--room-host ADDRESS]`. Opens the workspace,
 * serves the built renderer and the API on 127.0.0.1, prints the one address to open, and
 * closes the database cleanly on Ctrl+C or SIGTERM (so no -wal/-shm files are left behind).
 * No electron here: this runs in plain Node.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { defaultDataDir, resolveDataDir } from './config/dataDir';
import { parsePort, parseRoomHosts } from './http/port';
import { startWebServer } from './http/server';
import { initLogging, log } from './log';
import { openWorkspace } from './service/workspace';
import { BACKUP_WORKER } from './store/backup/workerPath';
import { UNTRUSTED_WORKER } from './untrusted/workerPath';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const port = parsePort(argv);
  if (port === null) {
    process.stderr.write('--port needs a number from 0 to 65535 (0 picks a free port).\n');
    process.exit(2);
  }
  const roomHosts = parseRoomHosts(argv);
  if (roomHosts === null) {
    process.stderr.write('--room-host needs an IP address of this machine, e.g. 192.168.1.20.\n');
    process.exit(2);
  }
  // The bundle is out/main/web.js; the built renderer sits beside it in out/renderer.
  const staticDir = join(__dirname, '../renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    process.stderr.write(
      `The built app was not found in ${staticDir}. Run \`npm run build\` first.\n`,
    );
    process.exit(1);
  }
  const dataDir = resolveDataDir(
    argv,
    process.env,
    defaultDataDir(process.platform, process.env, homedir()),
  );
  // Browser mode logs beside its workspace: <data dir>/logs/decision-map.log.
  initLogging(join(dataDir, 'logs'));
  // Rolling backups run while the server does; close() below stops them first.
  const service = openWorkspace({
    dataDir,
    app: 'browser',
    backups: {
      worker: BACKUP_WORKER,
      report: (level, message, cause) => log(level, 'backup', message, cause),
    },
    // Imported PDFs are read in a worker thread the app can always end.
    untrustedWorker: UNTRUSTED_WORKER,
    // A room only on the addresses given with --room-host; its page is built beside the app's.
    room: { pageDir: staticDir, hosts: roomHosts },
  });
  let web: Awaited<ReturnType<typeof startWebServer>>;
  try {
    web = await startWebServer({ service, staticDir, port });
  } catch (error) {
    service.close();
    const reason =
      (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
        ? `port ${port} is in use`
        : String(error);
    process.stderr.write(`Decision Map could not start: ${reason}\n`);
    process.exit(1);
  }

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    web.close().finally(() => {
      service.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const status = service.status();
  // The page says it too, but someone running the server in a terminal should see it there.
  if (status.state === 'in-use') process.stderr.write(`${status.message}\n`);
  process.stdout.write(`Decision Map running at ${web.url}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Decision Map could not start: ${String(error)}\n`);
  process.exit(1);
});
