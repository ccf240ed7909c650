// Imported first by the repository's own scripts (npm test, npm run demo, npm run bench): on an older
// Node they stop with the one line dist/'s entry points print, instead of failing deep inside a
// dependency (client-node's undici crashes on Node 20).
const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  process.stderr.write(
    `slo-gate needs Node.js 24 or newer; this is Node.js ${process.versions.node}. Install Node.js 24 from https://nodejs.org/ (or \`nvm install 24\`; in GitHub Actions, actions/setup-node with node-version: 24).\n`,
  );
  process.exit(2);
}
