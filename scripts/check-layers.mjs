// The layering of src/: a folder may import only from its own layer or below, and model/ from nothing
// of the project; and only src/entry/ loads our own modules lazily (`import('./x.js')`), at the command
// boundary, so below it the dependency graph is the static one. Reads every .ts under <root>/src (root:
// the first argument, default this repository), prints one line per import that breaks a rule and
// exits 1, or prints one summary line and exits 0.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Top-level folders (and files) of src/, by layer, from the bottom. */
export const LAYERS = {
  model: 0,
  slo: 1,
  netpol: 1,
  k8s: 1,
  promql: 1,
  yaml: 1,
  text: 1,
  'errors.ts': 1,
  config: 2,
  manifests: 3,
  prometheus: 3,
  cluster: 3,
  argocd: 3,
  hints: 4,
  report: 4,
  github: 5,
  sinks: 5,
  gate: 6,
  entry: 7,
};

function typescriptFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return typescriptFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Relative specifiers of static imports, `export ... from` and `import()`; TypeScript's own scanner. */
function relativeImports(file) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles.map((imported) => imported.fileName).filter((name) => name.startsWith('.'));
}

/** Relative specifiers of `import()` calls (a string or a template without substitutions). */
function dynamicRelativeImports(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const specifiers = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument) && argument.text.startsWith('.'))
        specifiers.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

/** The entry of LAYERS a path under src/ belongs to: its first folder, or the file itself at the top. */
function unitOf(srcDir, path) {
  return relative(srcDir, path).split(sep)[0];
}

/** Every breach of the rules under root/src, as `src/a/b.ts imports src/c/d.ts (...)` lines. */
export function layerViolations(root) {
  const srcDir = join(root, 'src');
  const files = typescriptFiles(srcDir).sort();
  const shown = (path) => relative(root, path).split(sep).join('/');
  const violations = [];
  const unknown = new Set();
  for (const file of files) {
    const unit = unitOf(srcDir, file);
    const layer = LAYERS[unit];
    if (layer === undefined) {
      unknown.add(unit);
      continue;
    }
    for (const specifier of relativeImports(file)) {
      const target = resolve(dirname(file), specifier).replace(/\.js$/, '.ts');
      const inside = relative(srcDir, target);
      if (inside.startsWith('..')) continue; // outside src/: not part of the layering
      const targetLayer = LAYERS[unitOf(srcDir, target)];
      if (unit === 'model' && unitOf(srcDir, target) !== 'model') {
        violations.push(`${shown(file)} imports ${shown(target)} (model/ imports nothing of the project)`);
      } else if (targetLayer === undefined) {
        unknown.add(unitOf(srcDir, target));
      } else if (targetLayer > layer) {
        violations.push(
          `${shown(file)} imports ${shown(target)} (layer ${targetLayer} above layer ${layer})`,
        );
      }
    }
    if (unit === 'entry') continue;
    for (const specifier of dynamicRelativeImports(file)) {
      const target = resolve(dirname(file), specifier).replace(/\.js$/, '.ts');
      violations.push(
        `${shown(file)} imports ${shown(target)} lazily (import() of the project's own code only in src/entry/)`,
      );
    }
  }
  for (const unit of [...unknown].sort())
    violations.push(`src/${unit} is in no layer: add it to the table in scripts/check-layers.mjs`);
  return { files: files.length, violations };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
  const { files, violations } = layerViolations(root);
  if (violations.length > 0) {
    process.stderr.write(`${violations.join('\n')}\n`);
    process.stderr.write(`layers: ${violations.length} import(s) against the layer rules\n`);
    process.exit(1);
  }
  process.stdout.write(
    `layers: ${files} files under src/ import only their own layer or below, and only src/entry/ lazily\n`,
  );
}
