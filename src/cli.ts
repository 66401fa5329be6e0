import { processIo } from './cli/io';
import { main } from './cli/main';

main(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`news-archive: ${String(e)}\n`);
    process.exitCode = 2;
  },
);
