import { debugOption, type Registration } from './context.js';

export interface InitFlags {
  force?: boolean;
  types: boolean;
  cache: boolean;
  cacheLocation?: string;
}

export function registerInit({ program, io, setExitCode }: Registration): void {
  program
    .command('init')
    .description('write a draft privacy.yml from what the code does, with TODO markers where a person must decide')
    .argument('[dir]', 'the project to scan and write privacy.yml into', '.')
    .option('--force', 'overwrite an existing manifest')
    .option('--no-types', 'do not use the type checker to expand typed objects')
    .option('--no-cache', 'do not keep the analysis for the `check` that follows')
    .option('--cache-location <dir>', 'where to keep the cache (default: ~/.cache/privlint, the user\'s own)')
    .addOption(debugOption())
    .action(async (dir: string, flags: InitFlags) => {
      // The scanner and the manifest writer load only when init runs.
      const { runInit } = await import('./run-init.js');
      await runInit(dir, flags, io);
      setExitCode(0);
    });
}
