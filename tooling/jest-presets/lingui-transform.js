// Jest transform for sources that use the Lingui macros (t`...`, msg`...`, <Trans>): the macro
// runs through Babel first, as in the Vite build (@polisee/ui/vite), then SWC compiles the
// TypeScript. Files without a macro import go straight to SWC. @babel/core and the macro plugin
// are resolved from the package under test (its devDependencies).
const { createTransformer: createSwc } = require('@swc/jest');

const macroImport = /@lingui\/(core|react)\/macro/;

function fromProject(name, rootDir) {
  return require(require.resolve(name, { paths: [rootDir ?? process.cwd()] }));
}

module.exports = {
  createTransformer(swcOptions) {
    const swc = createSwc(swcOptions);
    const withMacros = (source, filename, options) => {
      if (!macroImport.test(source)) return source;
      const babel = fromProject('@babel/core', options.config?.rootDir);
      const out = babel.transformSync(source, {
        filename,
        babelrc: false,
        configFile: false,
        retainLines: true,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [fromProject('@lingui/babel-plugin-lingui-macro', options.config?.rootDir).default ?? '@lingui/babel-plugin-lingui-macro'],
      });
      return out?.code ?? source;
    };
    return {
      canInstrument: false,
      getCacheKey: (source, filename, options) => swc.getCacheKey(`lingui-macro\0${source}`, filename, options),
      process: (source, filename, options) => swc.process(withMacros(source, filename, options), filename, options),
    };
  },
};
