// Compiles Angular components ahead of time, as `ng build` does: Angular's compiler (ngtsc, from
// @angular/compiler-cli) with strict template type checking, so an unknown element or attribute,
// a wrong binding or a type error in a template fails the test, and the browser runs the
// compiled component (no just-in-time compiler). `consentry` and `consentry/*` resolve to this
// package's types (dist/*.d.ts) through its `exports`, as in an app that installed it.
import ts from 'typescript';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Compiler options of an Angular CLI app (its tsconfig.json), strictest templates included. */
const options = {
  strict: true,
  noImplicitOverride: true,
  noPropertyAccessFromIndexSignature: true,
  noImplicitReturns: true,
  noFallthroughCasesInSwitch: true,
  skipLibCheck: true,
  isolatedModules: true,
  experimentalDecorators: true,
  useDefineForClassFields: false,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ES2022,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  declaration: false,
  sourceMap: false,
  rootDir: root,
  outDir: root + 'ngtsc-out', // not written: the host keeps the output in memory
  // Angular's own options (angularCompilerOptions).
  strictTemplates: true,
  strictInjectionParameters: true,
  strictInputAccessModifiers: true,
  extendedDiagnostics: { defaultCategory: 'error' },
};

/**
 * The JavaScript that Angular's compiler emits for each of `files` (absolute paths to .ts), by
 * source path. Throws with the compiler's diagnostics when it reports any.
 */
export async function compileAngular(files) {
  const { createCompilerHost, performCompilation } = await import('@angular/compiler-cli');
  const emitted = new Map();
  const host = createCompilerHost({ options });
  host.writeFile = (name, text) => emitted.set(name, text);
  const { diagnostics } = performCompilation({ rootNames: files, options, host });
  if (diagnostics.length)
    throw new Error(ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => '\n' }));
  return new Map(files.map((f) => [f, emitted.get(options.outDir + '/' + f.slice(root.length).replace(/\.ts$/, '.js'))]));
}
