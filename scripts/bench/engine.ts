// What the benchmark drives in-process: the same modules the CLI and the extension bundle.
// run.mjs bundles this file with esbuild (as scripts/build.mjs bundles the CLI) into a
// temporary folder, so the numbers are those of shipped code, not of ts-node or out/.
export { FolderIndex } from '../../src/core/index/folderIndex';
export { KIND_PROVIDERS } from '../../src/core/kinds';
export { riskProvider } from '../../src/core/risk/provider';
export { fixedClock, silentLogger } from '../../src/core/host';
export { NodeFolderFileSystem } from '../../src/node/nodeFileSystem';
export { GuidelineMatcher } from '../../src/core/review/guidelineMatcher';
export { matchGuidelines } from '../../src/core/review/matchGuidelines';
export { changedPath } from '../../src/core/review/changeSet';
export { compileGlob } from '../../src/core/glob/glob';
