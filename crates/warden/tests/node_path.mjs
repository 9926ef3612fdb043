// ES modules ignore NODE_PATH: the test scripts resolve their npm packages (installed by
// scripts/test-deps.sh into .node-test) from NODE_PATH's directories by hand, falling back to
// ordinary resolution (node_modules beside or above the importing file).
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function load(name) {
  for (const dir of (process.env.NODE_PATH ?? '').split(path.delimiter).filter(Boolean)) {
    try {
      const file = createRequire(path.join(path.resolve(dir), 'noop.js')).resolve(name);
      return await import(pathToFileURL(file).href);
    } catch (e) {
      if (e.code !== 'MODULE_NOT_FOUND') throw e;
    }
  }
  return import(name);
}
