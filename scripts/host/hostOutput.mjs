// The workbench logs what the extension host prints (mocha's reporter included) to the browser
// console as console.log('%c INFO', 'color: #33f', format, ...args). This turns those messages
// back into plain lines on the terminal and picks up mocha's summary.
import { format } from 'node:util';

const LOG_PREFIX = /^%c\s*(TRACE|DEBUG|INFO|WARN|ERR)$/;
// The workbench's own chatter on the same channel, which says nothing about the extension (in a
// non-English run, built-in extensions ask the absent gallery for their translations).
const NOISE = /^(Resolv(ing|ed) connection token|Creation of workbench contribution|Creating a socket|Updating additional builtin|ChatSessionStore|\[Service Worker\]|(Error: )?getaddrinfo ENOTFOUND|Ignoring fetching additional builtin extensions|Error: No extension gallery service configured)/;

/** Mocha's spec reporter ends with "N passing (Xs)", then "N pending", "N failing". */
const SUMMARY = /^\s*(\d+) (passing|failing|pending)\b/;

export function hostOutputPrinter({ verbose = false, write = (line) => console.log(line) } = {}) {
  let chain = Promise.resolve();
  const summary = { passing: undefined, failing: 0, pending: 0 };
  const handle = async (message) => {
    let parts;
    try {
      parts = await Promise.all(message.args().map((a) => a.jsonValue()));
    } catch {
      parts = [message.text()];
    }
    const level = typeof parts[0] === 'string' ? LOG_PREFIX.exec(parts[0]) : null;
    if (!level) {
      if (verbose) write(`[browser ${message.type()}] ${message.text()}`);
      return;
    }
    const line = format(...parts.slice(2));
    if (!verbose && NOISE.test(line)) return;
    write(line);
    const s = SUMMARY.exec(line);
    if (s) summary[s[2]] = Number(s[1]);
  };
  return {
    /** Pass to page.on('console'). Messages are handled in order. */
    onConsole(message) {
      chain = chain.then(() => handle(message)).catch(() => {});
    },
    /** Resolves once every message received so far has been printed. */
    flush: () => chain,
    summary,
  };
}
