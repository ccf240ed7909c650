// package.json
var package_default = {
  name: "slo-gate",
  version: "0.1.0",
  description: "Release gate for Kubernetes services: SLO error budget and multi-window burn rate from Prometheus, manifest checks, root-cause hints.",
  type: "module",
  license: "Apache-2.0",
  engines: {
    node: ">=24"
  },
  bin: {
    "slo-gate": "dist/cli.js"
  },
  files: [
    "dist/"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    test: "node scripts/test.mjs",
    demo: "node scripts/demo.mjs",
    bench: "node bench/run.mjs",
    docs: "node scripts/gen-rule-index.mjs && node scripts/gen-report-schema.mjs && prettier --log-level warn --write src/manifests/rules/index.ts && npm run -s build && node dist/cli.js rules --format markdown > docs/rules.md"
  },
  devDependencies: {
    "@actions/core": "3.0.1",
    "@actions/github": "9.1.1",
    "@eslint/js": "10.0.1",
    "@kubernetes/client-node": "2.0.1",
    "@lezer/common": "1.5.5",
    "@lezer/highlight": "1.2.5",
    "@lezer/lr": "1.4.12",
    "@prometheus-io/lezer-promql": "0.315.0",
    "@types/jest": "30.0.0",
    "@types/node": "24.19.2",
    "@types/sarif": "2.1.7",
    ajv: "6.15.0",
    axios: "1.21.1",
    commander: "15.1.0",
    esbuild: "0.28.2",
    eslint: "10.15.0",
    globals: "17.14.0",
    jest: "30.5.2",
    "kubernetes-models": "5.1.0",
    "p-limit": "7.3.3",
    prettier: "3.10.1",
    "prom-client": "15.1.3",
    "ts-jest": "29.4.15",
    typescript: "6.0.3",
    "typescript-eslint": "8.74.0",
    yaml: "2.9.1",
    zod: "4.6.7"
  }
};

export {
  package_default
};
//# sourceMappingURL=chunk-7J4TBA5H.js.map
